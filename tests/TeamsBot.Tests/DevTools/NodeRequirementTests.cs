using System.Text.Json.Nodes;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.DevTools;

/// <summary>
/// The Node version package.json and the README promise is one that every pinned npm package (package-lock.json)
/// accepts, so <c>npm ci</c> on a machine that meets the README neither warns nor breaks.
/// </summary>
public sealed class NodeRequirementTests
{
    private static JsonObject Json(string file) => JsonNode.Parse(File.ReadAllText(RepoPaths.InRepo(file)))!.AsObject();

    private static Version StatedMinimum() => NodeRange.Minimum((string)Json("package.json")["engines"]!["node"]!);

    [Fact]
    public void LockedPackages_StatedMinimumNode_AcceptedByEveryPackage()
    {
        var minimum = StatedMinimum();
        var packages = Json("package-lock.json")["packages"]!.AsObject();

        var refusing = packages
            .Select(p => (Name: p.Key, Range: NodeEngine(p.Value?["engines"])))
            .Where(p => p.Range is not null && !NodeRange.Accepts(p.Range, minimum))
            .Select(p => $"{p.Name} ({p.Range})")
            .ToList();

        Assert.True(refusing.Count == 0, $"package.json promises Node {minimum}, but these locked packages need more: {string.Join(", ", refusing)}");
    }

    /// <summary><c>engines.node</c>, or in the old array form (<c>["node >= 0.4.0"]</c>) the entry that names node.</summary>
    private static string? NodeEngine(JsonNode? engines) => engines switch
    {
        JsonObject o => o["node"]?.GetValue<string>(),
        JsonArray a => a.Select(e => e?.GetValue<string>()).FirstOrDefault(e => e?.StartsWith("node ", StringComparison.Ordinal) == true)?[5..],
        _ => null,
    };

    [Fact]
    public void Readme_StatesTheSameNodeAsPackageJson()
    {
        var minimum = StatedMinimum();

        Assert.Contains($"Node {minimum.Major}.{minimum.Minor} or newer", File.ReadAllText(RepoPaths.InRepo("README.md")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(">=20", "20.0.0", true)]
    [InlineData(">=22.0.0", "20.19.2", false)]
    [InlineData("^18.19.0 || >=20.6.0", "20.5.1", false)]
    [InlineData("^18.19.0 || >=20.6.0", "20.6.0", true)]
    [InlineData(">= 0.8", "20.6.0", true)]
    [InlineData("6.* || 8.* || >= 10.*", "20.6.0", true)]
    [InlineData(">=0.6.11 <=0.7.0 || >=0.7.3", "20.6.0", true)]
    [InlineData("^12.22.0 || ^14.17.0 || >=16.0.0", "14.18.0", true)]
    [InlineData("<20", "20.6.0", false)]
    [InlineData("*", "20.6.0", true)]
    public void Accepts_NpmRange_ReadsAsNpmDoes(string range, string node, bool expected)
    {
        Assert.Equal(expected, NodeRange.Accepts(range, Version.Parse(node)));
    }
}
