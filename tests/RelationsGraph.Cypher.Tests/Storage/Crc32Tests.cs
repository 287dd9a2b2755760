using System.Text;
using RelationsGraph.Cypher.Storage.Durability;

namespace RelationsGraph.Cypher.Tests.Storage;

/// <summary>The sliced CRC-32 gives the standard values, the same as a byte at a time for any length and split, and the same as the vectorised one snapshots use.</summary>
public sealed class Crc32Tests
{
    [Fact]
    public void The_check_value_of_the_standard_is_reproduced() =>
        Assert.Equal(0xCBF43926u, Crc32.Compute(Encoding.ASCII.GetBytes("123456789")));

    [Fact]
    public void Sliced_and_bytewise_agree_for_every_length_and_split()
    {
        var random = new Random(11);
        var data = new byte[300];
        random.NextBytes(data);
        for (var length = 0; length <= data.Length; length++)
        {
            var whole = data.AsSpan(0, length);
            Assert.Equal(Crc32.AppendBytewise(0, whole), Crc32.Compute(whole));
            var split = length / 3;
            Assert.Equal(Crc32.Compute(whole), Crc32.Append(Crc32.Append(0, whole[..split]), whole[split..]));
        }
    }

    [Fact]
    public void The_vectorised_crc_that_checks_snapshots_gives_the_same_values()
    {
        var data = new byte[100_003];
        new Random(5).NextBytes(data);
        var vectorised = new System.IO.Hashing.Crc32();
        vectorised.Append(data.AsSpan(0, 40_000));
        vectorised.Append(data.AsSpan(40_000));
        Assert.Equal(Crc32.Compute(data), vectorised.GetCurrentHashAsUInt32());
    }
}
