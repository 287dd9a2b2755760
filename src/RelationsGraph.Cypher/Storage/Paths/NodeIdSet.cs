namespace RelationsGraph.Cypher.Storage.Paths;

/// <summary>
/// A set of node ids as a bitmap over the id range: one bit a node (12.5 KB for 100,000 nodes), so a membership test
/// is one word read. It is emptied by removing what was added (Remove per id), not by clearing the whole range, so a
/// pooled set costs a search what it touched, not what the graph holds.
/// </summary>
internal sealed class NodeIdSet
{
    private ulong[] words = [];

    /// <summary>Room for ids below bound without growing (a set is only ever grown while empty or by Add).</summary>
    public void Reserve(long bound)
    {
        var needed = (int)Math.Min(int.MaxValue / 64 + 1, (bound + 63) >> 6);
        if (needed > words.Length) words = new ulong[needed];
    }

    public bool Contains(int id) => (uint)(id >> 6) < (uint)words.Length && (words[id >> 6] & (1UL << id)) != 0;

    public void Add(int id)
    {
        if ((id >> 6) >= words.Length) Array.Resize(ref words, Math.Max((id >> 6) + 1, words.Length * 2));
        words[id >> 6] |= 1UL << id;
    }

    public void Remove(int id)
    {
        if ((uint)(id >> 6) < (uint)words.Length) words[id >> 6] &= ~(1UL << id);
    }
}
