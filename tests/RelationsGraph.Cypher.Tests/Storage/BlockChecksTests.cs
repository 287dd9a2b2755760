using RelationsGraph.Cypher.Storage.Durability;

namespace RelationsGraph.Cypher.Tests.Storage;

/// <summary>The whole-block bound check opening runs over relationship and adjacency blocks, in the vector body and the tail alike.</summary>
public sealed class BlockChecksTests
{
    [Theory]
    [InlineData(0, true)]
    [InlineData(1, true)]
    [InlineData(37, true)]
    public void Values_inside_the_bound_pass_whatever_the_block_length(int length, bool expected) =>
        Assert.Equal(expected, BlockChecks.AllWithin(Enumerable.Range(0, length).ToArray(), Math.Max(length, 1)));

    [Theory]
    [InlineData(0)]   // in the first vector
    [InlineData(20)]  // in a later one
    [InlineData(36)]  // in the tail past the last whole vector
    public void One_value_at_the_bound_or_below_zero_fails_the_block_wherever_it_is(int at)
    {
        var values = Enumerable.Range(0, 37).ToArray();
        values[at] = 37;
        Assert.False(BlockChecks.AllWithin(values, 37));
        values[at] = -1;
        Assert.False(BlockChecks.AllWithin(values, 37));
        values[at] = 36;
        Assert.True(BlockChecks.AllWithin(values, 37));
    }
}
