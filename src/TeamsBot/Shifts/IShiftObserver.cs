using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TeamsBot.Shifts;

/// <summary>
/// What another feature does when a shift begins or ends, without Shifts knowing the feature (sparring: alert the
/// coordinators when nobody is on call; let a request still open at the end of the shift expire). Called after the
/// change is stored, best effort: an observer that throws is logged and costs neither the check-in or check-out nor
/// its answer and cards.
/// </summary>
public interface IShiftObserver
{
    /// <summary>A shift began (not on a repeated check-in that found one open).</summary>
    Task OnCheckedInAsync(Shift shift, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A shift ended: checked out, or closed by the bot when left open past the maximum.</summary>
    Task OnClosedAsync(Shift shift, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Tells every registered <see cref="IShiftObserver"/>; one that fails is logged and the others still hear.</summary>
public sealed class ShiftObservers(IEnumerable<IShiftObserver> observers, ILogger<ShiftObservers> log)
{
    private readonly IShiftObserver[] _observers = [.. observers];

    public Task CheckedInAsync(Shift shift, CancellationToken cancellationToken) =>
        TellAsync(o => o.OnCheckedInAsync(shift, cancellationToken), "check-in", cancellationToken);

    public Task ClosedAsync(Shift shift, CancellationToken cancellationToken) =>
        TellAsync(o => o.OnClosedAsync(shift, cancellationToken), "end of a shift", cancellationToken);

    private async Task TellAsync(Func<IShiftObserver, Task> tell, string what, CancellationToken cancellationToken)
    {
        foreach (var observer in _observers)
        {
            try
            {
                await tell(observer);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                Log.ShiftObserverFailed(log, e, observer.GetType().Name, what);
            }
        }
    }
}

public static class ShiftObserverRegistration
{
    /// <summary>Adds <typeparamref name="TObserver"/> (a singleton) to those told of check-ins and ends of shifts; twice adds it once.</summary>
    public static IServiceCollection AddShiftObserver<TObserver>(this IServiceCollection services)
        where TObserver : class, IShiftObserver
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IShiftObserver, TObserver>());
        return services;
    }
}
