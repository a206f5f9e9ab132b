using System.Globalization;
using TeamsBot.Cards;

namespace TeamsBot.Overview;

/// <summary>What a source is asked for: the weeks of the overview, newest first (this week and the ones before it).</summary>
public sealed record OverviewRequest(IReadOnlyList<IsoWeek> Weeks);

/// <summary>
/// One figure of the overview, per week as the card shows it (aligned with <see cref="OverviewRequest.Weeks"/>): a
/// count, or text such as "8 af 10 (80 %)", "telefon 5 · chat 2" or "–" when there is nothing to show.
/// </summary>
public sealed record OverviewFigure(string Label, IReadOnlyList<string> PerWeek)
{
    /// <summary>A figure that is a plain count each week.</summary>
    public static OverviewFigure Counted(string label, IEnumerable<int> perWeek) =>
        new(label, [.. perWeek.Select(count => count.ToString(CultureInfo.CurrentCulture))]);
}

/// <summary>
/// A feature's part of the overview: a heading and its figures under every week, and optionally elements of its own
/// for the whole period. <see cref="Lead"/> comes first on the card, above the weeks: what a coordinator should see at
/// one look. <see cref="After"/> comes after the weeks: a table for the period, a list of items with buttons. Buttons
/// carry the source's own payload records, whose verbs the source's feature registers and answers (checking the
/// presser with <see cref="OverviewAccess"/>; <see cref="OverviewAccess.BackButton"/> leads back to the overview).
/// </summary>
public sealed record OverviewSection(string Heading, IReadOnlyList<OverviewFigure> Figures)
{
    public IReadOnlyList<CardElement> Lead { get; init; } = [];

    public IReadOnlyList<CardElement> After { get; init; } = [];
}

/// <summary>
/// A feature that contributes to <c>/overblik</c>. Register one per feature as a singleton
/// (<c>services.AddSingleton&lt;IOverviewSource, …&gt;()</c>); the card shows the sections in registration order.
/// It is asked only for a coordinator in the 1:1 chat. Texts are read in the current culture (the coordinator's).
/// </summary>
public interface IOverviewSource
{
    Task<OverviewSection> SectionAsync(OverviewRequest request, CancellationToken cancellationToken);
}
