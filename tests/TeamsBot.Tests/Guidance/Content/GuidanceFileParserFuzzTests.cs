using TeamsBot.Guidance.Content;

namespace TeamsBot.Tests.Guidance.Content;

/// <summary>Whatever a file holds, reading it answers with an entry or problems, never an exception that would stop a reload.</summary>
public sealed class GuidanceFileParserFuzzTests
{
    private const string Good = "---\nkind: referral\ntitle: T\ntags: [a, b]\nages: 0-17\nhours: [\"mon-fri 09:00-15:00\"]\nclosed: [2026-12-24]\n---\nTekst\n";

    [Theory]
    [InlineData("---\n*unknown\n---\n")]
    [InlineData("---\na: &x 1\nb: *y\n---\n")]
    [InlineData("---\n? [a, b]\n: c\n---\n")]
    [InlineData("---\n!!binary title: x\n---\n")]
    [InlineData("---\ntitle: !!int abc\nkind: referral\n---\n")]
    [InlineData("---\n%YAML 1.1\n---\n")]
    [InlineData("---\n\t- x\n---\n")]
    public void Parse_OddYaml_ProblemsNotAnException(string text)
    {
        var parsed = GuidanceFileParser.Parse("x.md", text);

        Assert.True(parsed.Entry is not null || parsed.Errors.Any());
        Assert.All(parsed.Problems, p => Assert.InRange(p.Line, 1, text.Split('\n').Length));
    }

    [Fact]
    public void Parse_SeededMutations_NeverThrowAndLinesInsideTheFile()
    {
        var random = new Random(11);
        const string alphabet = "-:[]{}\"'#&*!|>%@`,\n\t ab0917";
        for (var i = 0; i < 2000; i++)
        {
            var chars = Good.ToCharArray();
            for (var m = 0; m < 1 + random.Next(4); m++)
            {
                chars[random.Next(chars.Length)] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            var parsed = GuidanceFileParser.Parse("x.md", text);

            Assert.True(parsed.Entry is not null || parsed.Errors.Any(), text);
            Assert.All(parsed.Problems, p => Assert.InRange(p.Line, 1, text.Split('\n').Length));
        }
    }
}
