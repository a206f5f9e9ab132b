using Azure.Data.Tables;
using TeamsBot.Storage;

namespace TeamsBot.Installation;

/// <summary>
/// One row per install that was greeted (partition: the install's claim key; row <c>welcome</c>), so an install is
/// greeted once although Teams announces it twice (<c>conversationUpdate</c> and <c>installationUpdate</c>, in either
/// order, possibly at the same moment on two instances) or redelivers either. The insert is the claim: one caller wins.
/// Removing the bot deletes the row, so installing it again is greeted again.
/// </summary>
public sealed class InstallClaims(Tables tables, TimeProvider time)
{
    private const string WelcomeRow = "welcome";

    private TableClient Table => tables.Get(InstallationFeature.InstallsTable);

    /// <summary>True for the one caller that may greet this install.</summary>
    public async Task<bool> TryClaimWelcomeAsync(string claimKey, CancellationToken cancellationToken)
    {
        var row = new TableEntity(KeyEncoding.Encode(claimKey), WelcomeRow) { ["At"] = time.GetUtcNow() };
        return (await Table.TryInsertAsync(row, cancellationToken)).Written;
    }

    /// <summary>The greeting could not be sent: let the next announcement (or a redelivery) try again.</summary>
    public Task ReleaseWelcomeAsync(string claimKey, CancellationToken cancellationToken) =>
        Table.DeleteEntityAsync(KeyEncoding.Encode(claimKey), WelcomeRow, Azure.ETag.All, cancellationToken);
}
