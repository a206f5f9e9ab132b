using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TeamsBot.Guidance.Content;

/// <summary>A content file read: its entry when it has no errors, and every problem found (warnings too).</summary>
public sealed record ParsedGuidanceFile(GuidanceEntry? Entry, IReadOnlyList<ContentProblem> Problems)
{
    public IEnumerable<ContentProblem> Errors => Problems.Where(p => !p.IsWarning);
}

/// <summary>
/// Reads one content file (the format is the coordinators' contract; see the README's "Guidance content: the file
/// format") into a <see cref="GuidanceEntry"/>, or says what is wrong and on which line of the file. It goes on
/// after a problem where it can, so one report names every problem of the file.
/// </summary>
public static partial class GuidanceFileParser
{
    public static ParsedGuidanceFile Parse(string id, string text)
    {
        if (!FrontMatter.TrySplit(text, out var frontMatter, out var split))
        {
            return new ParsedGuidanceFile(null, [split!]);
        }

        YamlNode? root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(frontMatter.Yaml));
            root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            var line = FrontMatterFields.FileLine(frontMatter.FirstYamlLine, e.Start);
            return new ParsedGuidanceFile(null, [new ContentProblem(line, ProblemCode.BadYaml, Describe(e))]);
        }

        var problems = new List<ContentProblem>();
        if (root is not (null or YamlMappingNode) && !(root is YamlScalarNode { Value: "" or null }))
        {
            problems.Add(new ContentProblem(FrontMatterFields.FileLine(frontMatter.FirstYamlLine, root.Start), ProblemCode.NotAMapping));
            return new ParsedGuidanceFile(null, problems);
        }

        var fields = new FrontMatterFields(root as YamlMappingNode, frontMatter.FirstYamlLine, problems);
        var kind = Kind(fields, frontMatter, problems);
        var before = problems.Count;
        var title = fields.Text("title");
        if (string.IsNullOrEmpty(title) && problems.Count == before) // a title that is not text is already reported
        {
            problems.Add(new ContentProblem(fields.LineOf("title") ?? frontMatter.OpeningLine, ProblemCode.MissingTitle));
        }

        var entry = new GuidanceEntry(
            id,
            kind ?? GuidanceKind.Referral,
            title ?? string.Empty,
            fields.Text("summary") ?? string.Empty,
            Tags(fields),
            fields.Text("audience"),
            Ages(fields, problems),
            fields.Text("phone"),
            fields.Text("url"),
            OpeningHoursReader.Read(fields, problems),
            frontMatter.Body);
        var ordered = problems.OrderBy(p => p.Line).ToList();
        return new ParsedGuidanceFile(ordered.Exists(p => !p.IsWarning) ? null : entry, ordered);
    }

    private static GuidanceKind? Kind(FrontMatterFields fields, FrontMatter frontMatter, List<ContentProblem> problems)
    {
        var before = problems.Count;
        var text = fields.Text("kind");
        switch (text?.ToLowerInvariant())
        {
            case "referral":
                return GuidanceKind.Referral;
            case "procedure":
                return GuidanceKind.Procedure;
            case null or "" when problems.Count > before: // not text: already reported
                return null;
            case null or "":
                problems.Add(new ContentProblem(fields.LineOf("kind") ?? frontMatter.OpeningLine, ProblemCode.MissingKind));
                return null;
            default:
                problems.Add(new ContentProblem(fields.LineOf("kind")!.Value, ProblemCode.UnknownKind, text!));
                return null;
        }
    }

    // `tags: skilsmisse, samvær` is one YAML string; a coordinator means two tags.
    private static List<string> Tags(FrontMatterFields fields) =>
    [
        .. fields.List("tags")
            .SelectMany(t => t.Text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.OrdinalIgnoreCase),
    ];

    private static AgeRange? Ages(FrontMatterFields fields, List<ContentProblem> problems)
    {
        if (fields.Text("ages") is not { Length: > 0 } text)
        {
            return null;
        }

        var match = AgesPattern().Match(text);
        if (match.Success)
        {
            var from = int.Parse(match.Groups["from"].Value, CultureInfo.InvariantCulture);
            var to = match.Groups["to"].Success ? int.Parse(match.Groups["to"].Value, CultureInfo.InvariantCulture) : from;
            if (from <= to)
            {
                return new AgeRange(from, to);
            }
        }

        problems.Add(new ContentProblem(fields.LineOf("ages")!.Value, ProblemCode.BadAges, text));
        return null;
    }

    // YamlDotNet prefixes "(Line: 3, Col: 1, Idx: 20) - (Line: 3, Col: 5, Idx: 24): "; the line is reported apart.
    private static string Describe(YamlException e) => MarkPrefix().Replace(e.Message, string.Empty).Trim();

    [GeneratedRegex(@"^\s*(?<from>\d{1,3})\s*(?:[-–]\s*(?<to>\d{1,3})\s*)?$")]
    private static partial Regex AgesPattern();

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex MarkPrefix();
}
