namespace Bot.Protocol.Invoke;

/// <summary>
/// The data of one card verb as a record: the verb belongs to the type, so a button built from a payload
/// and the handler registered for it cannot disagree about it.
/// </summary>
public interface ICardActionPayload
{
    /// <summary>The verb of the buttons that carry this payload.</summary>
    static abstract string Verb { get; }
}
