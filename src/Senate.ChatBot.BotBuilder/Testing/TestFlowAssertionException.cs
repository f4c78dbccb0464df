namespace Senate.ChatBot.BotBuilder.Testing;

/// <summary>A <see cref="TestFlow"/> expectation was not met.</summary>
public sealed class TestFlowAssertionException : Exception
{
    public TestFlowAssertionException()
    {
    }

    public TestFlowAssertionException(string message)
        : base(message)
    {
    }

    public TestFlowAssertionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
