using Microsoft.Extensions.Options;
using TeamsBot.Conversations;
using TeamsBot.Organisation;
using TeamsBot.Shifts;

namespace TeamsBot.Sparring;

/// <summary>A counsellor's open shift as a caller read it: <see cref="Open"/> null means they had none, not that it was not read.</summary>
public sealed record KnownShift(Shift? Open);

/// <summary>Reads what a request's cards show beside the request: only what its state needs, so an open request's first cards cost one read.</summary>
public sealed class RequestCardFactsReader(IShiftStore shifts, ContactLinks links, DutyTeams teams, OrganisationClock clock, IOptions<SparringOptions> options)
{
    /// <summary>At most this many colleagues are named on the counsellor's card: enough to find someone, short enough to read.</summary>
    public const int MaxColleagues = 6;

    /// <param name="known">The counsellor's open shift (or none) when the caller read it already: the first step's cards then cost no read.</param>
    public async Task<RequestCardFacts> ReadAsync(SparringRequest request, CancellationToken cancellationToken, KnownShift? known = null)
    {
        var shift = known is not null ? known.Open : await shifts.GetOpenAnywhereAsync(request.Counsellor.TeamsId, cancellationToken);
        Uri? callCounsellor = null, callAccepter = null;
        if (request is { State: SparringRequestState.Accepted, AcceptedBy: { } accepter })
        {
            var counsellorLink = links.CallAsync(request.Counsellor, cancellationToken);
            var accepterLink = links.CallAsync(accepter, cancellationToken);
            (callCounsellor, callAccepter) = (await counsellorLink, await accepterLink);
        }

        var colleagues = request is { State: SparringRequestState.Open, AskedOnDuty: true }
            ? await ColleaguesAsync(request.Counsellor, shift?.ChannelId, cancellationToken)
            : [];
        return new RequestCardFacts(shift?.CheckedInAt, callCounsellor, callAccepter, colleagues, options.Value.EmergencyText);
    }

    /// <summary>The duty channel of the counsellor's team (where the ask goes); null when no team is known for them.</summary>
    public async Task<string?> DutyChannelOfAsync(Person counsellor, CancellationToken cancellationToken) =>
        (await teams.OfCounsellorAsync(counsellor, cancellationToken))?.ChannelId;

    /// <summary>Who else is on duty now in the counsellor's duty channel (the board's open shifts), with chat links.</summary>
    private async Task<IReadOnlyList<DutyColleague>> ColleaguesAsync(Person counsellor, string? channelId, CancellationToken cancellationToken)
    {
        if ((channelId ?? await DutyChannelOfAsync(counsellor, cancellationToken)) is not { } channel)
        {
            return [];
        }

        var onDuty = (await shifts.GetBoardShiftsAsync(channel, clock.Today, cancellationToken))
            .Where(s => s.IsOpen && !string.Equals(s.Counsellor.TeamsId, counsellor.TeamsId, StringComparison.Ordinal))
            .OrderBy(s => s.CheckedInAt).Take(MaxColleagues).ToList();
        var chats = await Task.WhenAll(onDuty.Select(s => links.ChatAsync(s.Counsellor, cancellationToken)));
        return [.. onDuty.Select((s, i) => new DutyColleague(s.Counsellor.Name, chats[i]))];
    }
}
