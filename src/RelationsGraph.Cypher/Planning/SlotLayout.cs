namespace RelationsGraph.Cypher.Planning;

/// <summary>
/// The row layout of one statement: every variable (visible or hidden) gets a fixed index into an
/// object?[] row, so operators read and write slots instead of looking names up.
/// </summary>
internal sealed class SlotLayout
{
    public int Width { get; private set; }

    public int Allocate() => Width++;

    public object?[] NewRow() => new object?[Width];
}
