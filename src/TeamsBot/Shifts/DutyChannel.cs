using Bot.Protocol.Activities;
using Bot.Protocol.Hosting;
using TeamsBot.Organisation;

namespace TeamsBot.Shifts;

/// <summary>How a team's duty channel came to be the one.</summary>
public enum DutyChannelSource
{
    /// <summary>The channel the bot was added to the team from.</summary>
    Installed,
    /// <summary>No channel was set (the bot was installed before duty channels existed): the first check-in's channel.</summary>
    FirstCheckIn,
    /// <summary>A coordinator typed <c>/vagtkanal</c> in it.</summary>
    Chosen,
}

/// <summary>
/// The one channel of a team where check-in and check-out happen and the board lives. <paramref name="ChannelId"/>
/// is the channel's root conversation id; the name and the team's Entra group id are kept when Teams sent them
/// (it sends them on some activities only), to tell people where the channel is.
/// </summary>
public sealed record DutyChannel(
    string TeamKey,
    string ChannelId,
    string? ChannelName,
    string? TeamGroupId,
    string? TenantId,
    DutyChannelSource Source,
    string? ChosenBy,
    DateTimeOffset At)
{
    /// <summary>The channel a turn happens in, as a candidate duty channel; null outside team channels.</summary>
    public static DutyChannel? Here(TurnContext turn, DutyChannelSource source, DateTimeOffset at)
    {
        if (turn.ChannelId() is not { } channelId)
        {
            return null;
        }

        var data = TeamsChannelData.From(turn.Activity);
        var tenantId = turn.Activity.GetTenantId();
        return new DutyChannel(TeamKeyOf(data.Team?.Id, tenantId), channelId, data.Channel?.Name, data.Team?.AadGroupId, tenantId,
            source, source == DutyChannelSource.Chosen ? turn.Activity.From?.AadObjectId ?? turn.Activity.From?.Id : null, at);
    }

    /// <summary>
    /// Whose duty channel: the team's. Teams sends the team id on every channel activity; a client that does not
    /// (a test tool) shares one setting per tenant.
    /// </summary>
    private static string TeamKeyOf(string? teamId, string? tenantId) =>
        teamId is { Length: > 0 } ? teamId : "tenant:" + (tenantId ?? string.Empty);

    /// <summary>A team's General channel has the team's id, and Teams sends no name for it.</summary>
    public bool IsGeneral => string.Equals(ChannelId, TeamKey, StringComparison.Ordinal);

    /// <summary>What Teams sent now that the stored setting lacks (a name, the group id), for the same channel.</summary>
    public DutyChannel? FilledInFrom(DutyChannel here) =>
        string.Equals(here.ChannelId, ChannelId, StringComparison.Ordinal)
        && ((ChannelName is null && here.ChannelName is not null) || (TeamGroupId is null && here.TeamGroupId is not null))
            ? this with { ChannelName = ChannelName ?? here.ChannelName, TeamGroupId = TeamGroupId ?? here.TeamGroupId }
            : null;

    /// <summary>A Teams link that opens the channel; only when the team's group id is known (Teams requires it).</summary>
    public Uri? Link(string nameForLink) => TeamGroupId is null
        ? null
        : new Uri($"https://teams.microsoft.com/l/channel/{Uri.EscapeDataString(ChannelId)}/{Uri.EscapeDataString(nameForLink)}"
            + $"?groupId={Uri.EscapeDataString(TeamGroupId)}" + (TenantId is null ? string.Empty : $"&tenantId={Uri.EscapeDataString(TenantId)}"));
}
