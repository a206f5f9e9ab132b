namespace TeamsBot.Sparring;

/// <summary>How soon the counsellor would like to talk: it sets how long each step of the ladder waits.</summary>
public enum SparringUrgency
{
    /// <summary><c>now</c>, the default: waits <see cref="SparringOptions.AckTimeout"/> per step.</summary>
    Now,

    /// <summary><c>laterInShift</c>: waits <see cref="SparringOptions.LaterAckTimeout"/> per step.</summary>
    LaterInShift,

    /// <summary><c>afterShift</c>: waits <see cref="SparringOptions.LaterAckTimeout"/> per step.</summary>
    AfterShift,
}

/// <summary>The urgency's contract values (card inputs, stored rows): <c>now</c>, <c>laterInShift</c>, <c>afterShift</c>.</summary>
public static class SparringUrgencies
{
    public static string Value(SparringUrgency urgency) => urgency switch
    {
        SparringUrgency.LaterInShift => "laterInShift",
        SparringUrgency.AfterShift => "afterShift",
        _ => "now",
    };

    /// <summary>The urgency a value names; <c>now</c> when none is given; null for anything else (forged or stale card data).</summary>
    public static SparringUrgency? Of(string? value) => value switch
    {
        null or "" or "now" => SparringUrgency.Now,
        "laterInShift" => SparringUrgency.LaterInShift,
        "afterShift" => SparringUrgency.AfterShift,
        _ => null,
    };
}
