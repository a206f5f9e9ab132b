using Bot.Protocol.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TeamsBot.Hosting;

namespace TeamsBot.Tests.Infrastructure;

/// <summary>The bot's services as the host registers them, without starting anything: for what features declare.</summary>
public static class TestFeatures
{
    public static ServiceProvider Services(Dictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:ConnectionString"] = "UseDevelopmentStorage=true" })
            .AddInMemoryCollection(settings ?? [])
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(new TestEnvironment());
        services.AddLogging();
        services.AddTeamsBot(configuration);
        return services.BuildServiceProvider();
    }

    /// <summary>Every command the features registered, read after the route table was built as the host builds it.</summary>
    public static CommandCatalog Commands()
    {
        var services = Services();
        services.GetRequiredService<ActivityRouter>();
        return services.GetRequiredService<CommandCatalog>();
    }

    private sealed class TestEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Development";
        public string ApplicationName { get; set; } = "TeamsBot";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
