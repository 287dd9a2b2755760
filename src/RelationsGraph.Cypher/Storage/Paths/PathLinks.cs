namespace RelationsGraph.Cypher.Storage.Paths;

/// <summary>The links one expansion found, as two parallel id arrays reused from node to node (no tuple or object per link).</summary>
internal sealed class PathLinks
{
    private int[] relationships = new int[64];
    private int[] others = new int[64];

    public int Count { get; private set; }

    public int RelationshipAt(int i) => relationships[i];

    public int OtherAt(int i) => others[i];

    public void Add(int relationship, int other)
    {
        if (Count == relationships.Length)
        {
            Array.Resize(ref relationships, Count * 2);
            Array.Resize(ref others, Count * 2);
        }
        relationships[Count] = relationship;
        others[Count] = other;
        Count++;
    }

    public void Clear() => Count = 0;
}
