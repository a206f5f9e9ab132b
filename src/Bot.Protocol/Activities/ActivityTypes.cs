namespace Bot.Protocol.Activities;

/// <summary>Activity type names used by Teams. Unknown types are allowed and ignored by the router.</summary>
public static class ActivityTypes
{
    /// <summary>A user message, or an Action.Submit card action.</summary>
    public const string Message = "message";
    /// <summary>Members added or removed, or a team or channel changed.</summary>
    public const string ConversationUpdate = "conversationUpdate";
    /// <summary>The app was installed or uninstalled.</summary>
    public const string InstallationUpdate = "installationUpdate";
    /// <summary>A synchronous request whose answer is the HTTP response body.</summary>
    public const string Invoke = "invoke";
    /// <summary>A notification such as a read receipt or meeting event.</summary>
    public const string Event = "event";
}
