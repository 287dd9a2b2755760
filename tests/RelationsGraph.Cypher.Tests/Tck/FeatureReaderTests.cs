using RelationsGraph.Tck.Gherkin;

namespace RelationsGraph.Cypher.Tests.Tck;

public sealed class FeatureReaderTests
{
    private const string Sample = """
        #
        # Licence header comment
        Feature: Sample1 - Things

          Background:
            Given an empty graph

          @skipStyleCheck
          Scenario: [1] Plain scenario
            And having executed:
              \"\"\"
              CREATE (:A {name: 'a'}),
                     (:B)
              \"\"\"
            When executing query:
              \"\"\"
              MATCH (n) RETURN n
              \"\"\"
            # a comment between steps
            Then the result should be, in any order:
              | n                  |
              | (:A {name: 'a'})   |
              | 'a\\\\b\'' |
              | 'x\|y'             |
            And no side effects

          Scenario Outline: [2] Outline <what>
            When executing query:
              \"\"\"
              RETURN <expr> AS v
              \"\"\"
            Then the result should be, in order:
              | v        |
              | <result> |

            Examples:
              | what  | expr  | result |
              | one   | 1     | 1      |
              | list  | [1]   | [1]    |

            Examples:
              | what  | expr  | result |
              | text  | 'a'   | 'a'    |
        """;

    private static Feature ReadSample() => FeatureReader.Read(Sample.Replace("\\\"", "\""), "Sample1.feature");

    [Fact]
    public void Reads_the_feature_name_and_expands_outlines_once_per_example_row()
    {
        var feature = ReadSample();

        Assert.Equal("Sample1 - Things", feature.Name);
        Assert.Equal(
            ["[1] Plain scenario", "[2] Outline one (example 1)", "[2] Outline list (example 2)", "[2] Outline text (example 3)"],
            feature.Scenarios.Select(s => s.Name));
    }

    [Fact]
    public void Prepends_background_steps_and_keeps_tags()
    {
        var scenario = ReadSample().Scenarios[0];

        Assert.Equal("an empty graph", scenario.Steps[0].Text);
        Assert.Equal("Given", scenario.Steps[0].Keyword);
        Assert.Equal(["@skipStyleCheck"], scenario.Tags);
        Assert.Equal(["an empty graph", "having executed:", "executing query:", "the result should be, in any order:", "no side effects"],
            scenario.Steps.Select(s => s.Text));
    }

    [Fact]
    public void Doc_strings_lose_the_indentation_of_their_opening_quotes()
    {
        var setup = ReadSample().Scenarios[0].Steps[1];

        Assert.Equal("CREATE (:A {name: 'a'}),\n       (:B)", setup.DocString);
    }

    [Fact]
    public void Table_cells_are_trimmed_and_unescaped()
    {
        var table = ReadSample().Scenarios[0].Steps[3].Table!;

        Assert.Equal(["n"], table.Rows[0]);
        Assert.Equal("(:A {name: 'a'})", table.Rows[1][0]);
        Assert.Equal(@"'a\\b\''", table.Rows[2][0]);
        Assert.Equal("'x|y'", table.Rows[3][0]);
    }

    [Fact]
    public void Placeholders_are_substituted_in_doc_strings_and_tables()
    {
        var outline = ReadSample().Scenarios[2];

        Assert.Equal("RETURN [1] AS v", outline.Steps[1].DocString);
        Assert.Equal("[1]", outline.Steps[2].Table!.Rows[1][0]);
    }

    [Fact]
    public void Unknown_angle_brackets_are_left_alone()
    {
        var values = new Dictionary<string, string> { ["x"] = "1" };

        Assert.Equal("<(:A)-[:T]->(:B)> 1 <y>", FeatureReader.SubstitutePlaceholders("<(:A)-[:T]->(:B)> <x> <y>", values));
    }

    [Fact]
    public void Rejects_a_step_outside_any_scenario()
    {
        var error = Assert.Throws<FormatException>(() => FeatureReader.Read("Feature: F\n  Given an empty graph\n", "F.feature"));

        Assert.Contains("F.feature:2", error.Message);
    }
}
