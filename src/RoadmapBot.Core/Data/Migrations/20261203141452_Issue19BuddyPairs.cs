using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RoadmapBot.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class Issue19BuddyPairs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BuddyPairs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SpaceId = table.Column<long>(type: "INTEGER", nullable: false),
                    AskerId = table.Column<long>(type: "INTEGER", nullable: false),
                    BuddyId = table.Column<long>(type: "INTEGER", nullable: false),
                    AskedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConfirmedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BuddyPairs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BuddyPairs_Members_AskerId",
                        column: x => x.AskerId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BuddyPairs_Members_BuddyId",
                        column: x => x.BuddyId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BuddyPairs_Spaces_SpaceId",
                        column: x => x.SpaceId,
                        principalTable: "Spaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BuddyPairs_AskerId",
                table: "BuddyPairs",
                column: "AskerId");

            migrationBuilder.CreateIndex(
                name: "IX_BuddyPairs_BuddyId",
                table: "BuddyPairs",
                column: "BuddyId");

            migrationBuilder.CreateIndex(
                name: "IX_BuddyPairs_SpaceId_AskerId_BuddyId",
                table: "BuddyPairs",
                columns: new[] { "SpaceId", "AskerId", "BuddyId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BuddyPairs");
        }
    }
}
