namespace Senate.ChatBot.Dialogs.Main;

/// <summary>
/// The result a topic dialog ends with when the person's message was not an answer to its optional
/// question but a new request: MainDialog then routes that same message afresh.
/// </summary>
public sealed record Reroute
{
    public static Reroute Message { get; } = new();
}
