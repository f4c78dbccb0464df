namespace Senate.ChatBot.Testing;

/// <summary>Where the PostgreSQL and Redis started by script/services listen.</summary>
public static class TestSettings
{
    public static string Postgres =>
        Environment.GetEnvironmentVariable("ConnectionStrings__Postgres")
        ?? "Host=127.0.0.1;Port=55432;Username=postgres;Database=senate_chatbot_test";

    public static string Redis =>
        Environment.GetEnvironmentVariable("ConnectionStrings__Redis") ?? "127.0.0.1:56379,abortConnect=false";

    public const string LineChannelSecret = "integration-test-channel-secret";

    public const string LineChannelAccessToken = "integration-test-access-token";

    public const string DeskAdminUser = "desk.admin";

    public const string DeskAdminPassword = "integration-test-desk-password";

    public const string DirectLineSecret = "integration-test-direct-line-secret-0123456789";
}
