using System.Net;
using Bot.Protocol.Activities;
using Bot.Protocol.Connector;
using Bot.Protocol.Hosting;
using TeamsBot.Conversations;
using TeamsBot.Shifts;

namespace TeamsBot.Installation;

/// <summary>
/// The bot arriving and leaving: greets a new install once, and forgets what it stored to reach a team, a channel or a
/// person once it can no longer post there. Renames and other members coming and going need nothing.
/// </summary>
public sealed class InstallHandler(InstallClaims claims, Introductions introductions, ConversationReferenceStore references, DutyChannels dutyChannels,
    ILogger<InstallHandler> log)
{
    public async Task OnUpdateAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (InstallEvent.From(turn.Activity) is not { } update)
        {
            return;
        }

        switch (update.Change)
        {
            case InstallChange.AddedToTeam or InstallChange.AddedPersonally:
                await GreetAsync(turn, update, cancellationToken);
                break;
            case InstallChange.RemovedFromTeam:
                await ForgetTeamAsync(turn, update, cancellationToken);
                break;
            case InstallChange.RemovedPersonally:
                await references.ForgetUserAsync(update.Scope, cancellationToken);
                await claims.ReleaseWelcomeAsync(update.ClaimKey, cancellationToken);
                Log.Removed(log, update.Change);
                break;
            case InstallChange.ChannelDeleted:
                await references.ForgetChannelAsync(update.ChannelId!, cancellationToken);
                if (dutyChannels.TeamKeyOf(turn) is { } teamKey)
                {
                    await dutyChannels.ForgetChannelAsync(teamKey, update.ChannelId!, cancellationToken);
                }

                Log.ChannelForgotten(log);
                break;
        }
    }

    private async Task GreetAsync(TurnContext turn, InstallEvent update, CancellationToken cancellationToken)
    {
        var team = update.Change == InstallChange.AddedToTeam;
        var text = team ? await introductions.ForTeamAsync(turn.Activity, cancellationToken) : introductions.ForPerson(turn.Activity);
        if (!await claims.TryClaimWelcomeAsync(update.ClaimKey, cancellationToken))
        {
            Log.Added(log, update.Change, greeted: false);
            return; // The other announcement of this install (or an earlier delivery) greeted it.
        }

        try
        {
            var message = Activity.TextMessage(text);
            if (team && turn.Activity.GetRootConversationId() is { } channel)
            {
                // A post of its own in the channel the bot was added from (Teams' choice, or the installer's), not a reply in a thread.
                message.From = turn.Activity.Recipient;
                message.Conversation = new ConversationAccount { Id = channel, IsGroup = true, TenantId = turn.Activity.GetTenantId() };
                await turn.Connector.SendToConversationAsync(turn.Activity.ServiceUrl!, channel, message, cancellationToken);
            }
            else
            {
                await turn.SendAsync(message, cancellationToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            if (MayHaveArrived(e))
            {
                // Greeting again could greet twice; a lost greeting costs less. The claim stays, so no announcement retries it.
                Log.GreetingUncertain(log, e);
                return;
            }

            Log.GreetingFailed(log, e);
            await claims.ReleaseWelcomeAsync(update.ClaimKey, CancellationToken.None);
            throw;
        }

        Log.Added(log, update.Change, greeted: true);
    }

    /// <summary>
    /// When the POST may have reached Teams although no success came back: no answer at all (refused, reset, timed out),
    /// a gateway's or the service's 5xx (a POST is not retried on those), or a success without a body. A 4xx, a 429 or
    /// 503 (the message was not taken), a service URL refused, or a failure before sending (the bot's token) are definite.
    /// </summary>
    private static bool MayHaveArrived(Exception e) => e is ConnectorException { IsServiceUrlRefused: false } failure
        && (failure.IsUnreachable || ((int)failure.StatusCode >= 500 && failure.StatusCode != HttpStatusCode.ServiceUnavailable)
            || (int)failure.StatusCode is >= 200 and < 300);

    /// <summary>
    /// Every channel of the team the bot stored a reference for (any it got an activity in), and for rows stored before
    /// references named their team: General (the team's id), the duty channel, and the one the update came in.
    /// </summary>
    private async Task ForgetTeamAsync(TurnContext turn, InstallEvent update, CancellationToken cancellationToken)
    {
        var teamKey = dutyChannels.TeamKeyOf(turn);
        var channelData = TeamsChannelData.From(turn.Activity);
        List<string> channels = teamKey is null ? [] : [.. await dutyChannels.KnownChannelsAsync(teamKey, cancellationToken)];
        channels.AddRange(new[] { turn.Activity.GetRootConversationId(), channelData.Channel?.Id }.OfType<string>());
        if (channelData.Team?.Id is { Length: > 0 } teamId)
        {
            channels.AddRange(await references.ChannelsOfTeamAsync(teamId, cancellationToken));
        }
        foreach (var channel in channels.Distinct(StringComparer.Ordinal))
        {
            await references.ForgetChannelAsync(channel, cancellationToken);
        }

        if (teamKey is not null)
        {
            await dutyChannels.ForgetTeamAsync(teamKey, channels, cancellationToken);
        }

        await claims.ReleaseWelcomeAsync(update.ClaimKey, cancellationToken);
        Log.Removed(log, update.Change);
    }
}
