namespace TeamsBot.Guidance.Content;

/// <summary>
/// A content file split into its YAML head and Markdown body: the head is the lines between a first line <c>---</c>
/// and the next line <c>---</c> (or <c>...</c>). A byte order mark and CRLF line ends are tolerated, and blank lines
/// before the opening <c>---</c> are skipped.
/// </summary>
/// <param name="FirstYamlLine">The file's 1-based line of the head's first line, to turn a YAML line into a file line.</param>
public sealed record FrontMatter(string Yaml, int FirstYamlLine, string Body)
{
    public static bool TrySplit(string text, out FrontMatter frontMatter, out ContentProblem? problem)
    {
        frontMatter = new FrontMatter(string.Empty, 1, string.Empty);
        problem = null;
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var open = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (open < 0 || lines[open].TrimEnd() != "---")
        {
            problem = new ContentProblem(open < 0 ? 1 : open + 1, ProblemCode.NoFrontMatter);
            return false;
        }

        var close = Array.FindIndex(lines, open + 1, l => l.TrimEnd() is "---" or "...");
        if (close < 0)
        {
            problem = new ContentProblem(open + 1, ProblemCode.UnterminatedFrontMatter);
            return false;
        }

        var yaml = string.Join('\n', lines[(open + 1)..close]);
        var body = string.Join('\n', lines[(close + 1)..]).TrimStart('\n').TrimEnd();
        frontMatter = new FrontMatter(yaml, open + 2, body);
        return true;
    }

    /// <summary>The line of the opening <c>---</c>, where problems of the head as a whole are reported.</summary>
    public int OpeningLine => FirstYamlLine - 1;
}
