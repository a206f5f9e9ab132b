using Microsoft.Extensions.Caching.Memory;
using TeamsBot.Localization;
using TeamsBot.Organisation;

namespace TeamsBot.Sparring.WaysIn;

/// <summary>What asking came to, as the ways in tell it: who it went to (null: the coordinators), and whether the counsellor's own card reached their 1:1 chat.</summary>
public sealed record SparringAsked(string RequestId, string? SentTo, bool CounsellorReached);

/// <summary>
/// The ways in from the other features' cards: each asks through <see cref="SparringRequests.RequestAsync"/>, as
/// <c>/sparring</c> does, so the request, its cards and its escalation are the same whichever way it came. None of
/// them carries a note: a button has none, and the reflection's private text is the counsellor's own.
/// </summary>
public sealed class SparringAsk(SparringRequests requests, OrganisationClock clock, Texts<Strings> texts, ILogger<SparringAsk> log) : IDisposable
{
    /// <summary>
    /// A second press for the same urgency this soon after the first (a double click, the board and the checklist for
    /// one need) asks no second time. Another urgency is another need: <b>Talk to someone now</b> right after a form
    /// that asked for after the shift must reach someone now.
    /// </summary>
    public static readonly TimeSpan SamePress = TimeSpan.FromSeconds(10);

    private readonly MemoryCache _recent = new(new MemoryCacheOptions { SizeLimit = 10_000 });

    /// <summary>
    /// Asks for <paramref name="counsellor"/>; within <see cref="SamePress"/> of their last ask with this urgency on this
    /// instance, answers with that one instead of paging the supervisor twice.
    /// </summary>
    public async Task<SparringAsked> AskAsync(Person counsellor, SparringUrgency urgency, SparringWayIn wayIn, CancellationToken cancellationToken)
    {
        var key = (counsellor.TeamsId, urgency);
        if (_recent.TryGetValue(key, out (SparringAsked Asked, DateTimeOffset At) recent) && clock.Now - recent.At < SamePress)
        {
            return recent.Asked;
        }

        var started = await requests.RequestAsync(counsellor, urgency, note: null, cancellationToken);
        SparringExtrasLog.Asked(log, wayIn, started.Request.Id, started.SentTo is not null, started.CounsellorReached);
        var asked = new SparringAsked(started.Request.Id, started.SentTo?.Name, started.CounsellorReached);
        // Judged by the organisation's clock; the entry itself goes after a minute of real time, to bound the memory.
        _recent.Set(key, (asked, clock.Now), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1) });
        return asked;
    }

    /// <summary>The line for the reflection summary, in the counsellor's 1:1 chat: sent, and to whom.</summary>
    public string Summary(SparringAsked asked) =>
        asked.SentTo is { Length: > 0 } name ? texts.Get("Asked.Summary", name) : texts["Asked.SummaryNobodyOnCall"];

    /// <summary>
    /// The answer to a button: sent, and to look in the 1:1 chat, where the request's own card (with Cancel) is; or, when
    /// that card could not reach them, that the request went anyway and how to open the chat.
    /// </summary>
    public string Describe(SparringAsked asked) => texts[asked.CounsellorReached ? "Asked.SeeChat" : "Asked.NotReached"];

    public void Dispose() => _recent.Dispose();
}
