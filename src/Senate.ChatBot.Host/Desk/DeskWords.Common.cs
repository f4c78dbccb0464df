namespace Senate.ChatBot.Host.Desk;

internal static partial class DeskWords
{
    /// <summary>Words every page uses: sign-in, the header and the users page.</summary>
    private static Dictionary<string, (string Thai, string English)> Common() => new(StringComparer.Ordinal)
    {
        ["desk"] = ("ศูนย์รับเรื่องร้องเรียน", "Complaint desk"),
        ["senate"] = ("สำนักงานเลขาธิการวุฒิสภา", "Secretariat of the Senate"),
        ["signIn"] = ("เข้าสู่ระบบ", "Sign in"),
        ["signOut"] = ("ออกจากระบบ", "Sign out"),
        ["userName"] = ("ชื่อผู้ใช้", "User name"),
        ["password"] = ("รหัสผ่าน", "Password"),
        ["wrongPassword"] = ("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง", "The user name or password is wrong."),
        ["lockedOut"] = ("บัญชีถูกล็อกชั่วคราวเพราะใส่รหัสผิดหลายครั้ง กรุณาลองใหม่ภายหลังหรือติดต่อผู้ดูแลระบบ", "The account is locked for a while after too many wrong passwords. Try later or ask an administrator."),
        ["tooMany"] = ("พยายามเข้าสู่ระบบบ่อยเกินไป กรุณารอสักครู่", "Too many sign-in attempts. Please wait a minute."),
        ["inbox"] = ("กล่องเรื่องร้องเรียน", "Inbox"),
        ["users"] = ("ผู้ใช้งาน", "Users"),
        ["language"] = ("English", "ภาษาไทย"),
        ["languageLabel"] = ("Switch to English", "เปลี่ยนเป็นภาษาไทย"),
        ["skip"] = ("ข้ามไปยังเนื้อหา", "Skip to content"),
        ["denied"] = ("ท่านไม่มีสิทธิ์เปิดหน้านี้", "You do not have access to this page."),
        ["displayName"] = ("ชื่อที่แสดง", "Display name"),
        ["role"] = ("บทบาท", "Role"),
        ["status"] = ("สถานะ", "Status"),
        ["active"] = ("ใช้งาน", "Active"),
        ["disabled"] = ("ระงับ", "Disabled"),
        ["disable"] = ("ระงับบัญชี", "Disable"),
        ["enable"] = ("เปิดใช้บัญชี", "Enable"),
        ["addUser"] = ("เพิ่มผู้ใช้", "Add a user"),
        ["add"] = ("เพิ่ม", "Add"),
        ["userAdded"] = ("เพิ่มผู้ใช้แล้ว", "The user was added."),
        ["userRejected"] = ("เพิ่มไม่ได้: ชื่อนี้มีอยู่แล้ว หรือรหัสผ่านสั้นกว่า {0} ตัวอักษร", "Not added: the name is taken or the password is shorter than {0} characters."),
        ["Officer"] = ("เจ้าหน้าที่", "Officer"),
        ["Supervisor"] = ("หัวหน้างาน", "Supervisor"),
        ["Admin"] = ("ผู้ดูแลระบบ", "Administrator"),
    };
}
