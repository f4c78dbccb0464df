namespace Senate.ChatBot.Features.Complaints;

public enum ActorRole
{
    Citizen,
    Officer,
    Supervisor,
    System,
}

/// <summary>
/// Who did something to a complaint, for the audit trail. A citizen is never named here: the
/// complainant's details live only in the submission, where anonymisation can reach them.
/// </summary>
public sealed record Actor(string Id, string Name, ActorRole Role)
{
    public static Actor Citizen { get; } = new("citizen", "ผู้ร้องเรียน", ActorRole.Citizen);

    public static Actor Clock { get; } = new("system:clock", "ระบบนับเวลา", ActorRole.System);

    public static Actor Retention { get; } = new("system:retention", "ระบบลบข้อมูลส่วนบุคคล", ActorRole.System);

    public static Actor Officer(string id, string name) => new(id, name, ActorRole.Officer);

    public static Actor Supervisor(string id, string name) => new(id, name, ActorRole.Supervisor);
}
