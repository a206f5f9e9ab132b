using System.Text.RegularExpressions;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Infra;

/// <summary>The deploy command in infra/main.bicep's header is one that works: every file it names exists, as in the README.</summary>
public sealed partial class BicepDeployCommentTests
{
    [Fact]
    public void MainBicepHeader_DeployCommand_NamesOnlyFilesThatExist()
    {
        var header = File.ReadLines(RepoPaths.InRepo("infra", "main.bicep")).TakeWhile(l => l.StartsWith("//", StringComparison.Ordinal)).ToList();
        var deploy = Assert.Single(header, l => l.Contains("az deployment group create", StringComparison.Ordinal));

        Assert.Contains("-f infra/main.bicep", deploy, StringComparison.Ordinal);
        foreach (Match file in ParameterFile().Matches(deploy))
        {
            var path = file.Groups["path"].Value;
            Assert.True(File.Exists(RepoPaths.InRepo(path.Split('/'))), $"main.bicep's deploy comment names {path}, which does not exist.");
            Assert.Contains("@" + path, File.ReadAllText(RepoPaths.InRepo("README.md")), StringComparison.Ordinal);
        }
    }

    [GeneratedRegex(@"@(?<path>[\w./-]+)")]
    private static partial Regex ParameterFile();
}
