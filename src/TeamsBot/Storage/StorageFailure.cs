using Azure;

namespace TeamsBot.Storage;

/// <summary>Tells "storage is down or overloaded, try again" apart from a bug or a conflict the code should have handled.</summary>
public static class StorageFailure
{
    public static bool IsUnavailable(Exception error) => error switch
    {
        // Status 0: no answer at all (refused, reset, timed out). 408, 429 and 5xx: the service could not serve it now.
        RequestFailedException e => e.Status is 0 or 408 or 429 or >= 500,
        // What the SDK throws when every retry failed in transport.
        AggregateException e => e.InnerExceptions.Count > 0 && e.InnerExceptions.All(IsUnavailable),
        HttpRequestException => true,
        // The SDK's per-call timeout surfaces as a cancellation. Turns run with no cancellation of their own,
        // so a cancellation reaching here means storage did not answer in time.
        OperationCanceledException => true,
        _ => false,
    };
}
