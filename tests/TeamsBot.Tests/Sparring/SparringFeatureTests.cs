using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Hosting;
using TeamsBot.Sparring;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Sparring;

/// <summary>What the sparring feature registers for requests, as the host builds it.</summary>
public sealed class SparringFeatureTests
{
    [Fact]
    public void AddSparring_Requests_TableDeclaredAndServicesResolve()
    {
        using var services = TestFeatures.Services();

        var sparring = Assert.Single(services.GetServices<BotFeature>(), f => f.Name == "Sparring");

        Assert.Contains(SparringFeature.RequestsTable, sparring.Tables);
        Assert.IsType<TableSparringRequestStore>(services.GetRequiredService<ISparringRequestStore>());
        Assert.NotNull(services.GetRequiredService<EscalationLadder>());
    }
}
