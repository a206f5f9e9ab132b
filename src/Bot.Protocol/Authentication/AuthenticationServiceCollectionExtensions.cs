using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Bot.Protocol.Authentication;

/// <summary>Registers inbound authentication.</summary>
public static class AuthenticationServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IInboundAuthenticator"/>, bound to the given section. Outside Development the host
    /// refuses to start without <c>Bot:MicrosoftAppId</c>: there is no switch to run a public bot unauthenticated.
    /// In Development without it, requests without a token are accepted, and a warning saying so is logged at start-up.
    /// </summary>
    public static IServiceCollection AddBotInboundAuthentication(this IServiceCollection services, IConfiguration botSection)
    {
        services.AddOptions<BotAuthenticationOptions>().Bind(botSection)
            .ValidateDataAnnotations()
            .Validate<IHostEnvironment>((o, env) => env.IsDevelopment() || !string.IsNullOrWhiteSpace(o.MicrosoftAppId),
                "Set Bot:MicrosoftAppId (environment variable Bot__MicrosoftAppId): outside Development every request must carry a Bot Framework token for it.")
            .Validate(o => o.OwnTenantCallers.All(c => Guid.TryParse(c, out _)),
                "Bot:OwnTenantCallers must list app ids (client ids, GUIDs) of the apps allowed to call the bot with a token of its own tenant; there is no wildcard.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        // A metadata fetch happens on a request's path: it must fail fast, and a failure then backs off (SigningKeyCache).
        services.AddHttpClient(SigningKeySource.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<SigningKeySource>();
        services.AddSingleton<IInboundAuthenticator, ChannelTokenAuthenticator>();
        services.AddHostedService<AnonymousModeWarning>();
        return services;
    }
}
