using System.Text;
using TeamsBot.Localization;

namespace TeamsBot.Guidance.Content;

/// <summary>The coordinators' message about a broken content file, in the current culture: the file, each problem with its line, and what is live meanwhile.</summary>
public static class BrokenFileMessage
{
    public static string Text(Texts texts, BrokenFile broken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(broken);
        var text = new StringBuilder(texts.Get("Report.Title", broken.Id)).Append("\n\n");
        foreach (var problem in broken.Problems)
        {
            text.Append("- ").Append(texts.Get("Report.Line", problem.Line, Problem(texts, problem))).Append('\n');
        }

        return text.Append('\n').Append(texts[broken.KeptLastGood ? "Report.KeptLastGood" : "Report.NotInUse"]).ToString();
    }

    public static string Problem(Texts texts, ContentProblem problem)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(problem);
        return texts.Get("Problem." + problem.Code, [.. problem.Args]);
    }
}
