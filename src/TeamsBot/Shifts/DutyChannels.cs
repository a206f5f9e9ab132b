using Bot.Protocol.Activities;
using Bot.Protocol.Hosting;
using TeamsBot.Conversations;
using TeamsBot.Localization;
using TeamsBot.Organisation;

namespace TeamsBot.Shifts;

/// <summary>
/// The rule that a team has one duty channel: check-in and check-out work there only, so a <c>/checkin</c> in
/// General cannot start a second board. The duty channel is the one a coordinator chose, else the one the bot was
/// added from, else (for installs older than this rule) the first channel anyone checked in in.
/// </summary>
public sealed class DutyChannels(DutyChannelStore store, OrganisationClock clock, Texts<Strings> texts, LiveCardMessages cardMessages)
{
    /// <summary>
    /// Null when the turn's channel is the team's duty channel (it becomes it when none is set); otherwise what to
    /// tell the person: where the duty channel is. A link is added only where Teams shows it as one (not in a toast).
    /// </summary>
    public async Task<string?> ElsewhereTextAsync(TurnContext turn, bool withLink, CancellationToken cancellationToken)
    {
        if (DutyChannel.Here(turn, DutyChannelSource.FirstCheckIn, clock.Now) is not { } here)
        {
            return null;
        }

        var duty = await store.GetOrSetDefaultAsync(here, cancellationToken);
        if (string.Equals(duty.ChannelId, here.ChannelId, StringComparison.Ordinal))
        {
            return null;
        }

        var text = texts.Get("DutyChannel.Elsewhere", Describe(duty));
        return withLink && duty.Link(duty.ChannelName ?? texts["DutyChannel.LinkName"]) is { } link ? $"{text}\n{link}" : text;
    }

    /// <summary>The team's duty channel as far as one is set, without setting one; else the turn's own channel.</summary>
    public async Task<string?> DutyChannelOfAsync(TurnContext turn, CancellationToken cancellationToken) =>
        DutyChannel.Here(turn, DutyChannelSource.FirstCheckIn, clock.Now) is { } here
            ? (await store.GetKeptAsync(here.TeamKey, cancellationToken))?.ChannelId ?? here.ChannelId
            : null;

    /// <summary>Where a channel is, as a sentence needs it: "kanalen »Vagter«", or a plain description when Teams never named it.</summary>
    public string Describe(DutyChannel duty) =>
        (duty.ChannelName ?? (duty.IsGeneral ? texts["DutyChannel.General"] : null)) is { } name
            ? texts.Get("DutyChannel.Named", name)
            : texts["DutyChannel.Unnamed"];

    /// <summary>How to name another channel of the turn's team: General by its name, others as Teams leaves them, unnamed.</summary>
    public string DescribeChannel(TurnContext turn, string channelId) =>
        DutyChannel.Here(turn, DutyChannelSource.FirstCheckIn, clock.Now) is { } here
            ? Describe(here with { ChannelId = channelId, ChannelName = null })
            : texts["DutyChannel.Unnamed"];

    /// <summary>
    /// When the bot is added to a team, the channel it was added from (the install's <c>conversationUpdate</c>
    /// arrives there, usually General) is the duty channel until a coordinator chooses one. Repeats change nothing.
    /// </summary>
    public async Task RememberInstallAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var botAdded = activity.Type == ActivityTypes.ConversationUpdate
            && activity.MembersAdded?.Exists(m => string.Equals(m.Id, activity.Recipient?.Id, StringComparison.Ordinal)) == true;
        if (botAdded && DutyChannel.Here(turn, DutyChannelSource.Installed, clock.Now) is { } here)
        {
            await store.GetOrSetDefaultAsync(here, cancellationToken);
        }
    }

    /// <summary>Whose duty channel a turn's channel would be (its team); null outside team channels.</summary>
    public string? TeamKeyOf(TurnContext turn) => DutyChannel.Here(turn, DutyChannelSource.Installed, clock.Now)?.TeamKey;

    /// <summary>
    /// A channel deleted: its boards are forgotten (no update or repost goes there), and when it was the team's duty
    /// channel, the team has none until the next check-in or <c>/vagtkanal</c> sets one.
    /// </summary>
    public async Task ForgetChannelAsync(string teamKey, string channelId, CancellationToken cancellationToken)
    {
        await store.ForgetAsync(teamKey, channelId, cancellationToken);
        await ForgetBoardsAsync(channelId, cancellationToken);
    }

    /// <summary>The bot removed from a team: its duty channel and the boards of the channels named are forgotten.</summary>
    public async Task ForgetTeamAsync(string teamKey, IEnumerable<string> channelIds, CancellationToken cancellationToken)
    {
        var duty = await store.GetAsync(teamKey, cancellationToken);
        await store.ForgetAsync(teamKey, null, cancellationToken);
        foreach (var channelId in channelIds.Append(duty?.ChannelId).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            await ForgetBoardsAsync(channelId, cancellationToken);
        }
    }

    /// <summary>The channel ids of a team the bot knows: General (the team's own id) and its duty channel.</summary>
    public async Task<IReadOnlyList<string>> KnownChannelsAsync(string teamKey, CancellationToken cancellationToken) =>
        [.. new[] { teamKey, (await store.GetAsync(teamKey, cancellationToken))?.ChannelId }.OfType<string>().Distinct(StringComparer.Ordinal)];

    /// <summary>Each board is a live card per day under the channel (see <see cref="ShiftBoardPublisher.Key"/>).</summary>
    private Task ForgetBoardsAsync(string channelId, CancellationToken cancellationToken) =>
        cardMessages.ForgetScopeAsync(ShiftsFeature.BoardsTable, channelId, cancellationToken);
}
