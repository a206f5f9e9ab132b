using TeamsBot.Organisation;

namespace TeamsBot.Sparring;

/// <summary>Why a roster form or change was refused: each one its own message in the handlers.</summary>
public enum RosterRefusalReason
{
    /// <summary><c>weekday</c> is not one of <c>monday</c>…<c>sunday</c>.</summary>
    InvalidWeekday,

    /// <summary><c>date</c> is not a <c>yyyy-MM-dd</c> date.</summary>
    InvalidDate,

    /// <summary><c>start</c> is not an <c>HH:mm</c> time of day (<c>25:00</c>, <c>7.00</c>, empty).</summary>
    InvalidStart,

    /// <summary><c>end</c> is not an <c>HH:mm</c> time of day.</summary>
    InvalidEnd,

    /// <summary>End equals start: nothing, or a whole day? Neither is meant often enough to guess.</summary>
    EndEqualsStart,

    /// <summary><c>primary</c> is missing or not one of the people the form offered.</summary>
    UnknownPrimary,

    /// <summary><c>backup</c> is given but not one of the people the form offered.</summary>
    UnknownBackup,

    /// <summary><c>person</c> is missing or not one of the people the form offered.</summary>
    UnknownPerson,

    /// <summary>
    /// The person (primary, backup or override) is a member of the team but not among <c>Roles:Supervisors</c>, which
    /// lists someone: the form did not offer them.
    /// </summary>
    NotASupervisor,

    /// <summary>The backup is the primary.</summary>
    BackupIsPrimary,

    /// <summary>The override has already ended.</summary>
    OverrideInThePast,

    /// <summary>The same slot, with the same people, is already there (a second press of the same form).</summary>
    SlotAlreadyThere,

    /// <summary>The same override is already there.</summary>
    OverrideAlreadyThere,

    /// <summary>The slot overlaps another weekly slot of the team.</summary>
    OverlapsSlot,

    /// <summary>The override overlaps another override of the team.</summary>
    OverlapsOverride,

    /// <summary>
    /// The roster holds <see cref="Roster.MaxSlots"/> slots or <see cref="Roster.MaxOverrides"/> overrides, or would
    /// no longer fit its table row (very long names).
    /// </summary>
    RosterFull,
}

/// <summary>A refusal, with the slot or override in the way when it is an overlap or a repeat, or the person refused.</summary>
public sealed record RosterRefusal(RosterRefusalReason Reason, WeeklySlot? ConflictingSlot = null, DateOverride? ConflictingOverride = null, Person? Person = null);
