namespace TeamsBot.DueWork;

/// <summary>Repeating work: once <see cref="Interval"/> after each run, across all instances together.</summary>
public sealed record RecurringDueWork(string Kind, TimeSpan Interval)
{
    /// <summary>The one key a recurring kind is scheduled under.</summary>
    public const string Key = "recurring";
}

/// <summary>The registered handlers by kind, and which kinds recur. Registering a kind twice is a mistake and stops the host.</summary>
internal sealed class DueWorkHandlers
{
    private readonly Dictionary<string, IDueWorkHandler> _handlers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RecurringDueWork> _recurring = new(StringComparer.Ordinal);

    public DueWorkHandlers(IEnumerable<IDueWorkHandler> handlers, IEnumerable<RecurringDueWork> recurring)
    {
        foreach (var handler in handlers)
        {
            if (!_handlers.TryAdd(handler.Kind, handler))
            {
                throw new InvalidOperationException($"Two due-work handlers for the kind '{handler.Kind}': {_handlers[handler.Kind].GetType().Name} and {handler.GetType().Name}.");
            }
        }

        foreach (var work in recurring)
        {
            if (!_handlers.ContainsKey(work.Kind))
            {
                throw new InvalidOperationException($"Recurring due work '{work.Kind}' has no handler; register one with AddDueWorkHandler.");
            }

            if (!_recurring.TryAdd(work.Kind, work))
            {
                throw new InvalidOperationException($"Recurring due work '{work.Kind}' is registered twice.");
            }
        }
    }

    public IReadOnlyCollection<RecurringDueWork> Recurring => _recurring.Values;

    public IDueWorkHandler? For(string kind) => _handlers.GetValueOrDefault(kind);

    public RecurringDueWork? RecurringFor(string kind) => _recurring.GetValueOrDefault(kind);
}
