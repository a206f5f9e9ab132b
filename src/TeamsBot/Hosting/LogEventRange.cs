namespace TeamsBot.Hosting;

/// <summary>
/// The event ids a feature's <c>Log</c> class may use, so two features never log under the same id (a test checks
/// every <c>[LoggerMessage]</c> against its class's range, and that ranges do not overlap).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class LogEventRangeAttribute(int first, int last) : Attribute
{
    public int First { get; } = first;
    public int Last { get; } = last;
}
