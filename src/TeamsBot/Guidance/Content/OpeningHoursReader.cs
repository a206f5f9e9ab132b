using System.Globalization;

namespace TeamsBot.Guidance.Content;

/// <summary>A content file's <c>hours</c> and <c>closed</c>, each entry checked on its own line.</summary>
internal static class OpeningHoursReader
{
    public static OpeningHours Read(FrontMatterFields fields, List<ContentProblem> problems)
    {
        var spans = new List<OpeningSpan>();
        var alwaysOpen = new List<int>();
        foreach (var (text, line) in fields.List("hours"))
        {
            if (!OpeningHoursSyntax.TryParse(text, out var hours, out var problem))
            {
                problems.Add(new ContentProblem(line, problem.Code, problem.Word));
            }
            else if (hours.AlwaysOpen)
            {
                alwaysOpen.Add(line);
            }
            else
            {
                spans.AddRange(hours.Spans);
            }
        }

        // "24/7" beside weekly hours says two things; the coordinator must choose one.
        if (alwaysOpen.Count > 0 && spans.Count > 0)
        {
            problems.Add(new ContentProblem(alwaysOpen[0], ProblemCode.AlwaysOpenMixed));
        }

        var closed = new List<DateOnly>();
        foreach (var (text, line) in fields.List("closed"))
        {
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                closed.Add(date);
            }
            else
            {
                problems.Add(new ContentProblem(line, ProblemCode.BadDate, text));
            }
        }

        return spans.Count == 0 && alwaysOpen.Count == 0 && closed.Count == 0
            ? OpeningHours.Unknown
            : new OpeningHours(spans, alwaysOpen.Count > 0, closed);
    }
}
