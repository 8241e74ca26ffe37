using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RoadmapBot.Core.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ProgressFromFile : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "FromFile",
                table: "Progress",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "FromFile",
                table: "KeptAside",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FromFile",
                table: "Progress");

            migrationBuilder.DropColumn(
                name: "FromFile",
                table: "KeptAside");
        }
    }
}
