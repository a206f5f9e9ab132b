using System.Globalization;
using Azure.Data.Tables;
using Bot.Protocol.Activities;
using TeamsBot.Conversations;
using TeamsBot.Localization;
using TeamsBot.Organisation;
using TeamsBot.Shifts;
using TeamsBot.Storage;

namespace TeamsBot.Sparring;

/// <summary>
/// When someone checks in and nobody is on call, the coordinators hear it in their 1:1 chat: once per gap, however many
/// check in during it and however many instances run. The gap is claimed by inserting a row keyed by the team and the
/// gap's start (<c>Rosters</c> / the team / <c>gap|{start}</c>): of two instances, one insert wins and that one alerts.
/// A team without a roster is not alerted about (its cards name the configured contact).
/// </summary>
public sealed class RosterGapAlert(RosterReader reader, RosterResolver resolver, OrganisationClock clock, Roles roles, PersonalChat chat, Tables tables,
    Texts<Rosters.Strings> texts, ILogger<RosterGapAlert> log) : IShiftObserver
{
    /// <summary>How far back a gap's start is looked for; a gap older than this is keyed as "open" (one alert until someone is on call).</summary>
    public static readonly TimeSpan LookBack = TimeSpan.FromDays(8);

    public async Task OnCheckedInAsync(Shift shift, CancellationToken cancellationToken)
    {
        if (await reader.OfChannelAsync(shift.ChannelId, cancellationToken) is not { Team: var team, Roster: var roster })
        {
            return;
        }

        var now = clock.Now;
        if (resolver.At(roster, now) is not null)
        {
            return;
        }

        var before = resolver.Between(roster, now - LookBack, now);
        var started = before.Gaps is [.., var last] && last.From > before.From ? last.From.ToUniversalTime().ToString("yyyyMMdd'T'HHmm'Z'", CultureInfo.InvariantCulture) : "open";
        var ahead = resolver.Between(roster, now, now + RosterResolver.Horizon);
        var until = ahead.Gaps is [var gap, ..] && gap.Until < ahead.Until ? gap.Until : (DateTimeOffset?)null;
        if (roles.Coordinators.Count == 0)
        {
            RosterLog.NoCoordinatorForGap(log, team.TeamKey);
            return;
        }

        if (!await ClaimAsync(team.TeamKey, started, cancellationToken))
        {
            return;
        }

        await AlertAsync(team, started, shift.Counsellor, until, cancellationToken);
    }

    private async Task<bool> ClaimAsync(string teamKey, string started, CancellationToken cancellationToken)
    {
        var claim = new TableEntity(RosterEntityMapping.PartitionOf(teamKey), "gap|" + started) { ["TeamKey"] = teamKey, ["AlertedAt"] = clock.Now };
        return (await tables.Get(SparringFeature.RostersTable).TryInsertAsync(claim, cancellationToken)).Written;
    }

    /// <summary>In Danish, the product's first language: the alert goes to people whose Teams language the bot may not know.</summary>
    private async Task AlertAsync(DutyChannel team, string gap, Person counsellor, DateTimeOffset? until, CancellationToken cancellationToken)
    {
        var text = BotCultures.In(BotCultures.Danish, () =>
        {
            var channel = team.ChannelName ?? texts["Roster.DutyChannel"];
            return until is { } end
                ? texts.Get("Alert.Gap", counsellor.Name, channel, RosterWords.Moment(end, clock.Today))
                : texts.Get("Alert.GapOpen", counsellor.Name, channel);
        });

        var told = 0;
        foreach (var coordinator in roles.Coordinators)
        {
            var result = await chat.SendAsync(PersonAddress.ByEntraId(coordinator), Activity.TextMessage(text), cancellationToken);
            if (result.Sent)
            {
                told++;
            }
            else
            {
                RosterLog.GapAlertNotDelivered(log, team.TeamKey, coordinator, result.Outcome);
            }
        }

        RosterLog.GapAlerted(log, team.TeamKey, gap, told, roles.Coordinators.Count);
    }
}
