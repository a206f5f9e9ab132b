using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TeamsBot.Organisation;
using TeamsBot.Sparring;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Host;

/// <summary>Settings that moved to a shared section still read their old keys, and the new key wins where both are set.</summary>
public sealed class MovedSettingsTests
{
    private static T Options<T>(Dictionary<string, string?> settings) where T : class =>
        TestFeatures.Services(settings).GetRequiredService<IOptions<T>>().Value;

    [Fact]
    public void TimeZone_OnlyTheOldShiftsKey_IsRead()
    {
        var options = Options<OrganisationOptions>(new() { ["Shifts:TimeZone"] = "America/New_York" });

        Assert.Equal("America/New_York", options.TimeZone);
    }

    [Fact]
    public void TimeZone_BothKeys_OrganisationWins()
    {
        var options = Options<OrganisationOptions>(new() { ["Shifts:TimeZone"] = "America/New_York", ["Organisation:TimeZone"] = "Europe/London" });

        Assert.Equal("Europe/London", options.TimeZone);
    }

    [Fact]
    public void SparringContact_OnlyTheOldShiftsKeys_AreRead()
    {
        var options = Options<SparringOptions>(new() { ["Shifts:SparringContact:Name"] = "Birgit", ["Shifts:SparringContact:Phone"] = "+45 1" });

        Assert.Equal(("Birgit", "+45 1"), (options.Contact.Name, options.Contact.Phone));
    }

    [Fact]
    public void SparringContact_BothKeys_SparringSectionWins()
    {
        var options = Options<SparringOptions>(new() { ["Shifts:SparringContact:Name"] = "Birgit", ["Sparring:Contact:Name"] = "Anne" });

        Assert.Equal("Anne", options.Contact.Name);
    }

    [Fact]
    public void Roles_NotAnObjectId_RefusedNamingTheKey()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Options<RoleOptions>(new() { ["Roles:Coordinators:0"] = "anne@example.org" }));

        Assert.Contains("Roles:Coordinators", error.Message, StringComparison.Ordinal);
    }
}
