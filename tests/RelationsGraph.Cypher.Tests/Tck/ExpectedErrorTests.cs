using RelationsGraph.Tck.Execution;

namespace RelationsGraph.Cypher.Tests.Tck;

public sealed class ExpectedErrorTests
{
    [Fact]
    public void Parses_class_phase_and_detail()
    {
        var error = ExpectedError.TryParse("a SyntaxError should be raised at compile time: UnknownFunction");

        Assert.Equal(new ExpectedError("SyntaxError", "compile time", "UnknownFunction"), error);
        Assert.True(error!.AcceptsPhase(ErrorPhase.Compile));
        Assert.False(error.AcceptsPhase(ErrorPhase.Runtime));
        Assert.True(error.AcceptsDetail("UnknownFunction"));
        Assert.False(error.AcceptsDetail("UndefinedVariable"));
    }

    [Fact]
    public void Any_time_accepts_both_phases_and_a_star_accepts_any_detail()
    {
        var error = ExpectedError.TryParse("a TypeError should be raised at any time: *")!;

        Assert.True(error.AcceptsPhase(ErrorPhase.Compile));
        Assert.True(error.AcceptsPhase(ErrorPhase.Runtime));
        Assert.True(error.AcceptsDetail("InvalidArgumentType"));
    }

    [Fact]
    public void Runtime_accepts_only_runtime_and_other_text_is_not_an_error_step()
    {
        Assert.False(ExpectedError.TryParse("an ArgumentError should be raised at runtime: NumberOutOfRange")!.AcceptsPhase(ErrorPhase.Compile));
        Assert.Null(ExpectedError.TryParse("the result should be empty"));
    }
}
