using TeamsBot.Organisation;

namespace TeamsBot.Sparring;

/// <summary>Why a press on a request changed nothing: each one its own message in the handlers.</summary>
public enum SparringRefusalReason
{
    /// <summary>No request by that id (forged card data, or an id of the wrong form).</summary>
    NotFound,

    /// <summary>The request never went to the one who pressed, and the duty channel was not asked (or they are not on duty).</summary>
    NotRoutedToYou,

    /// <summary>The counsellor pressed Accept on their own request.</summary>
    OwnRequest,

    /// <summary>Someone else accepted first: <see cref="SparringRefusal.TakenBy"/> says who.</summary>
    AlreadyTaken,

    /// <summary>The one who pressed accepted it already (a second press, or a redelivery).</summary>
    AlreadyYours,

    /// <summary>The counsellor cancelled it.</summary>
    Cancelled,

    /// <summary>It is done, or expired with the shift.</summary>
    Closed,

    /// <summary>Cancel or Done by someone it is not theirs to press (not the counsellor; not the one who took it).</summary>
    NotYours,

    /// <summary>Done on a request nobody has accepted yet.</summary>
    NotAccepted,

    /// <summary>The shift ended, but the counsellor asked to talk after it: the end of the shift is when it is wanted, so it stays open.</summary>
    WantedAfterShift,

    /// <summary>
    /// A step claim or report that is no longer current: another instance took the step already, or the ladder moved
    /// on. The caller does nothing: whoever claimed it sends.
    /// </summary>
    StepAlreadyTaken,
}

/// <summary>A refusal, with who took the request when that is why.</summary>
public sealed record SparringRefusal(SparringRefusalReason Reason, Person? TakenBy = null);

/// <summary>
/// What a transition came to: the request as it is now (changed or not; null only when not found) and, when nothing
/// changed, why. <see cref="EscalateNow"/>: a "Can't right now" from the step being waited on, so the next step is due at once.
/// </summary>
public sealed record SparringChange(SparringRequest? Request, SparringRefusal? Refusal, bool EscalateNow = false)
{
    public bool Changed => Refusal is null;

    public static SparringChange To(SparringRequest request, bool escalateNow = false) => new(request, null, escalateNow);

    public static SparringChange Refused(SparringRequest? request, SparringRefusalReason reason, Person? takenBy = null) =>
        new(request, new SparringRefusal(reason, takenBy));
}
