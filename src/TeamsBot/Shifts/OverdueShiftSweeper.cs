using Bot.Protocol.Activities;
using Microsoft.Extensions.Options;
using TeamsBot.Conversations;
using TeamsBot.DueWork;
using TeamsBot.Localization;
using TeamsBot.Organisation;

namespace TeamsBot.Shifts;

/// <summary>Closes shifts left open past the maximum, updates their boards, and tells each counsellor gently.</summary>
public sealed class OverdueShiftSweeper(ShiftService shifts, ShiftBoardPublisher board, PersonalChat personal, OrganisationClock clock, Texts<Strings> texts, IOptions<ShiftOptions> options,
    ShiftObservers observers)
{
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var closed = await shifts.CloseOverdueAsync(cancellationToken);
        foreach (var channelId in closed.Select(s => s.ChannelId).Distinct(StringComparer.Ordinal))
        {
            await board.TryPublishAsync(channelId, activityId: null, cancellationToken);
        }

        foreach (var shift in closed)
        {
            using (BotCultures.Use(BotCultures.For(shift.Counsellor.Locale)))
            {
                var note = texts.Get("AutoClose.Note", (int)options.Value.MaxShiftDuration.TotalHours, Texts.Time(clock.Local(shift.CheckedInAt)));
                await personal.SendAsync(PersonAddress.Of(shift.Counsellor), Activity.TextMessage(note), cancellationToken);
            }

            await observers.ClosedAsync(shift, cancellationToken);
        }

        return closed.Count;
    }
}

/// <summary>
/// Runs the sweep as recurring due work every <c>Shifts:OverdueCheckInterval</c>: once across instances, and after a
/// restart, with no timer loop of its own. A failing sweep is retried by the scheduler; the next run catches up anyway.
/// </summary>
public sealed class OverdueShiftSweep(OverdueShiftSweeper sweeper, ILogger<OverdueShiftSweep> log) : IDueWorkHandler
{
    public const string WorkKind = "shifts.overdue-sweep";

    public string Kind => WorkKind;

    public async Task HandleAsync(DueItem item, CancellationToken cancellationToken)
    {
        var count = await sweeper.SweepAsync(cancellationToken);
        if (count > 0)
        {
            Log.OverdueShiftsClosed(log, count);
        }
    }
}
