namespace TeamsBot.Shifts;

/// <summary>One figure of the coordinators' overview, counted per week (aligned with the weeks asked for).</summary>
public sealed record OverviewFigure(string Label, IReadOnlyList<int> PerWeek);

/// <summary>A feature's part of the overview: a heading and its figures.</summary>
public sealed record OverviewSection(string Heading, IReadOnlyList<OverviewFigure> Figures);

/// <summary>
/// A feature that contributes figures to <c>/overblik</c>. Register one per feature as a singleton
/// (<c>services.AddSingleton&lt;IOverviewSource, …&gt;()</c>); the card shows the sections in registration order.
/// Texts are read in the current culture (the coordinator's).
/// </summary>
public interface IOverviewSource
{
    Task<OverviewSection> CountAsync(IReadOnlyList<IsoWeek> weeks, CancellationToken cancellationToken);
}
