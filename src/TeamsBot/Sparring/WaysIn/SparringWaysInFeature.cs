using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsBot.Hosting;
using TeamsBot.Reflections;
using TeamsBot.Shifts;

namespace TeamsBot.Sparring.WaysIn;

/// <summary>
/// The ways into a sparring request from the other features' cards: <b>Sparring</b> on the shift board and the
/// start-of-shift checklist, the reflection form's sparring answer, and <b>Talk to someone now</b>. Each asks through
/// <see cref="SparringRequests"/>. Registered from <see cref="SparringFeature"/>; a feature of its own so its texts live apart.
/// </summary>
public static class SparringWaysInFeature
{
    public static IServiceCollection AddSparringWaysIn(this IServiceCollection services)
    {
        services.AddBotFeature("SparringWaysIn").WithTexts<Strings>().WithRoutes(MapSparringWaysIn);
        services.AddSingleton<SparringAsk>();
        services.AddSingleton<AskSparringHandler>();
        services.AddShiftCardAdditions<SparringWaysInAdditions>();
        services.AddSingleton<ReflectionSparring>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReflectionFormObserver, ReflectionSparringObserver>());
        return services;
    }

    public static void MapSparringWaysIn(FeatureRoutes routes) => routes
        .CardAction<AskSparringHandler, AskSparringPress>(h => h.OnAskAsync, h => h.OnUnreadableAsync);
}
