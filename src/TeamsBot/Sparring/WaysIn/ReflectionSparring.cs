using Microsoft.Extensions.Caching.Memory;
using TeamsBot.Localization;
using TeamsBot.Organisation;
using TeamsBot.Reflections;

namespace TeamsBot.Sparring.WaysIn;

/// <summary>
/// What the reflection summary says about sparring asked from the form: the line; the urgency asked for; whether the
/// request went out (a <c>now</c> one: then "Talk to someone now" is not offered again, while after a <c>laterInShift</c>
/// or <c>afterShift</c> request it still is); whether it went to someone on call by name (then the configured contact
/// is not shown: the request is the way to them).
/// </summary>
public sealed record SparringNotice(string Text, SparringUrgency Urgency, bool WentOut, bool ToOnCall)
{
    /// <summary>Someone has already been asked to talk now: "Talk to someone now" would ask again.</summary>
    public bool NowWentOut => WentOut && Urgency == SparringUrgency.Now;
}

/// <summary>
/// Sparring from the reflection form: a form saved with a sparring need (now, later in the shift, after the shift) asks
/// with that urgency, and <b>Talk to someone now</b> on the summary asks for now. What came of it is kept for the form
/// for an hour, in memory, so the summary (built right after, or again for the same press delivered twice) says what
/// happened; where it is not known (another instance, later) the summary says only that the need is noted, which is true.
/// </summary>
public sealed class ReflectionSparring(SparringAsk ask, Texts<Strings> texts, ILogger<ReflectionSparring> log) : IDisposable
{
    private readonly MemoryCache _notices = new(new MemoryCacheOptions { SizeLimit = 10_000 });

    /// <summary>The form was saved: asks when it records a need. A failure is told on the summary, never thrown at the save.</summary>
    public async Task OnSubmittedAsync(Reflection form, CancellationToken cancellationToken)
    {
        if (UrgencyOf(form.Answers?.Sparring ?? SparringNeed.None) is not { } urgency)
        {
            return;
        }

#pragma warning disable CA1031 // The reflection is saved: whatever fails here is told on its summary, not thrown at the save.
        try
        {
            Keep(form.FormId, await AskAsync(form.Counsellor, urgency, SparringWayIn.ReflectionForm, cancellationToken));
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            SparringExtrasLog.ReflectionAskFailed(log, e, form.FormId);
            Keep(form.FormId, new SparringNotice(texts["Asked.Failed"], urgency, WentOut: false, ToOnCall: false));
        }
#pragma warning restore CA1031
    }

    /// <summary><b>Talk to someone now</b>: asks for now, for the one who pressed (the form is theirs: it was found under their id).</summary>
    public async Task<SparringNotice> TalkNowAsync(Person counsellor, string formId, CancellationToken cancellationToken)
    {
        var notice = await AskAsync(counsellor, SparringUrgency.Now, SparringWayIn.TalkNow, cancellationToken);
        Keep(formId, notice);
        return notice;
    }

    /// <summary>What was asked from this form, when this instance knows.</summary>
    public SparringNotice? NoticeFor(string formId) => _notices.TryGetValue(formId, out SparringNotice? notice) ? notice : null;

    public void Dispose() => _notices.Dispose();

    /// <summary>The form's answer as an urgency; null for "no".</summary>
    public static SparringUrgency? UrgencyOf(SparringNeed need) => need switch
    {
        SparringNeed.Now => SparringUrgency.Now,
        SparringNeed.LaterInShift => SparringUrgency.LaterInShift,
        SparringNeed.AfterShift => SparringUrgency.AfterShift,
        _ => null,
    };

    private async Task<SparringNotice> AskAsync(Person counsellor, SparringUrgency urgency, SparringWayIn wayIn, CancellationToken cancellationToken)
    {
        var asked = await ask.AskAsync(counsellor, urgency, wayIn, cancellationToken);
        return new(ask.Summary(asked), urgency, WentOut: true, ToOnCall: asked.SentTo is not null);
    }

    private void Keep(string formId, SparringNotice notice) =>
        _notices.Set(formId, notice, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(1) });
}

/// <summary>Hooks <see cref="ReflectionSparring"/> into the form's life.</summary>
public sealed class ReflectionSparringObserver(ReflectionSparring sparring) : IReflectionFormObserver
{
    public Task OnIssuedAsync(Reflection form, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task OnSubmittedAsync(Reflection form, CancellationToken cancellationToken) => sparring.OnSubmittedAsync(form, cancellationToken);
}
