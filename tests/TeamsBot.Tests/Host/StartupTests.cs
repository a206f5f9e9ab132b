using Microsoft.Extensions.Options;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Host;

public sealed class StartupTests
{
    private static Exception StartFails(Dictionary<string, string?> settings)
    {
        using var bot = new BotFactory(settings);
        return Assert.ThrowsAny<Exception>(() => bot.CreateClient());
    }

    private static string AllMessages(Exception e) =>
        e is AggregateException a ? string.Join(" | ", a.InnerExceptions.Select(AllMessages)) : e.Message + (e.InnerException is null ? "" : " | " + AllMessages(e.InnerException));

    [Fact]
    public void Start_WithoutStorageConnectionString_FailsNamingTheKey()
    {
        var error = StartFails(new() { ["Storage:ConnectionString"] = "" });

        Assert.IsType<OptionsValidationException>(error);
        Assert.Contains("Storage:ConnectionString", AllMessages(error), StringComparison.Ordinal);
    }

    [Fact]
    public void Start_StorageUnreachable_FailsSayingSo()
    {
        var error = StartFails(new() { ["Storage:ConnectionString"] = Azurite.ConnectionStringFor(Azurite.FreePort()) });

        Assert.Contains("cannot be reached", AllMessages(error), StringComparison.Ordinal);
    }

    [Fact]
    public void Start_UnknownTimeZone_FailsNamingTheKey()
    {
        var error = StartFails(new() { ["Shifts:TimeZone"] = "Europe/Atlantis" });

        Assert.Contains("Shifts:TimeZone", AllMessages(error), StringComparison.Ordinal);
    }

    [Fact]
    public void Start_MaxShiftDurationOutOfRange_FailsNamingTheKey()
    {
        var error = StartFails(new() { ["Shifts:MaxShiftDuration"] = "3.00:00:00" });

        Assert.Contains("Shifts:MaxShiftDuration", AllMessages(error), StringComparison.Ordinal);
    }
}
