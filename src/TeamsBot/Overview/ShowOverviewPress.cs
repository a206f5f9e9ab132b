using Bot.Protocol.Invoke;

namespace TeamsBot.Overview;

/// <summary>Shows the overview again, freshly counted (from a source's detail card). On posted cards, so the verb never changes.</summary>
public sealed record ShowOverviewPress : ICardActionPayload
{
    public static string Verb => "overview.show";
}
