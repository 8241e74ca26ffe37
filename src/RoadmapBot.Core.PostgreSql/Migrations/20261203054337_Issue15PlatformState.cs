using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RoadmapBot.Core.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Issue15PlatformState : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PlatformStates",
                columns: table => new
                {
                    Platform = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    BotId = table.Column<long>(type: "bigint", nullable: false),
                    LastUpdateId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlatformStates", x => new { x.Platform, x.BotId });
                });

            // The polling position carries over: every row so far was Telegram's.
            migrationBuilder.Sql("INSERT INTO \"PlatformStates\" (\"Platform\", \"BotId\", \"LastUpdateId\") SELECT 'Telegram', \"BotId\", \"LastUpdateId\" FROM \"TelegramStates\";");

            migrationBuilder.DropTable(
                name: "TelegramStates");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TelegramStates",
                columns: table => new
                {
                    BotId = table.Column<long>(type: "bigint", nullable: false),
                    LastUpdateId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TelegramStates", x => x.BotId);
                });

            migrationBuilder.Sql("INSERT INTO \"TelegramStates\" (\"BotId\", \"LastUpdateId\") SELECT \"BotId\", \"LastUpdateId\" FROM \"PlatformStates\" WHERE \"Platform\" = 'Telegram';");

            migrationBuilder.DropTable(
                name: "PlatformStates");
        }
    }
}
