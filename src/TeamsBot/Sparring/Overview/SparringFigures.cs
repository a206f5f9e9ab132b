using System.Globalization;
using TeamsBot.Localization;
using TeamsBot.Overview;

namespace TeamsBot.Sparring.Overview;

/// <summary>How the sparring counts read under each week of <c>/overblik</c>.</summary>
public static class SparringFigures
{
    public const string Nothing = "–";

    public static IReadOnlyList<OverviewFigure> For(IReadOnlyList<SparringWeek> weeks, Texts texts) =>
    [
        OverviewFigure.Counted(texts["Figure.Requests"], weeks.Select(w => w.Requests)),
        new(texts["Figure.Accepted"], [.. weeks.Select(w => w.Requests == 0 ? Nothing : texts.Get("Share", w.Accepted, w.Requests, Percent(w.Accepted, w.Requests)))]),
        new(texts["Figure.MedianToAccept"], [.. weeks.Select(w => w.MedianToAccept is { } median ? Duration(median, texts) : Nothing)]),
        OverviewFigure.Counted(texts["Figure.Unanswered"], weeks.Select(w => w.Unanswered)),
        OverviewFigure.Counted(texts["Figure.FollowUps"], weeks.Select(w => w.FollowUps)),
    ];

    /// <summary>"45 sek.", "2 min. 5 sek.", "1 t. 10 min.": whole seconds, as a coordinator reads a waiting time.</summary>
    public static string Duration(TimeSpan duration, Texts texts)
    {
        var seconds = (long)Math.Round(duration.TotalSeconds, MidpointRounding.AwayFromZero);
        return seconds < 60 ? texts.Get("Duration.Seconds", seconds)
            : seconds < 3600 ? texts.Get("Duration.Minutes", seconds / 60, seconds % 60)
            : texts.Get("Duration.Hours", seconds / 3600, seconds % 3600 / 60);
    }

    private static string Percent(int part, int whole) =>
        ((int)Math.Round(100.0 * part / whole, MidpointRounding.AwayFromZero)).ToString(CultureInfo.CurrentCulture);
}
