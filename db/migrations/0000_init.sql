CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`actor_user_id` text NOT NULL,
	`action` text NOT NULL,
	`office_id` text,
	`subject_type` text NOT NULL,
	`subject_id` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_log_at` ON `audit_log` (`at`);--> statement-breakpoint
CREATE TABLE `calendar_exceptions` (
	`office_id` text NOT NULL,
	`date` text NOT NULL,
	`kind` text NOT NULL,
	`opens` text,
	`closes` text,
	`note_ja` text,
	`note_en` text,
	PRIMARY KEY(`office_id`, `date`),
	FOREIGN KEY (`office_id`) REFERENCES `offices`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `devices` (
	`id` text PRIMARY KEY NOT NULL,
	`office_id` text NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`token_hash` text NOT NULL,
	`window_id` text,
	`created_at` integer NOT NULL,
	`revoked_at` integer,
	FOREIGN KEY (`office_id`) REFERENCES `offices`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`window_id`) REFERENCES `windows`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `devices_token_hash_unique` ON `devices` (`token_hash`);--> statement-breakpoint
CREATE INDEX `devices_office` ON `devices` (`office_id`);--> statement-breakpoint
CREATE TABLE `events` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`office_id` text NOT NULL,
	`type` text NOT NULL,
	`at` integer NOT NULL,
	`data` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `events_office_seq` ON `events` (`office_id`,`seq`);--> statement-breakpoint
CREATE TABLE `idempotency_records` (
	`key_hash` text PRIMARY KEY NOT NULL,
	`request_hash` text NOT NULL,
	`status_code` integer NOT NULL,
	`sealed_body` text NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `idempotency_expires` ON `idempotency_records` (`expires_at`);--> statement-breakpoint
CREATE TABLE `offices` (
	`id` text PRIMARY KEY NOT NULL,
	`name_ja` text NOT NULL,
	`name_en` text NOT NULL,
	`address_ja` text NOT NULL,
	`address_en` text NOT NULL,
	`phone` text NOT NULL,
	`time_zone` text DEFAULT 'Asia/Tokyo' NOT NULL,
	`hours_summary_ja` text NOT NULL,
	`hours_summary_en` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `opening_hours` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`office_id` text NOT NULL,
	`weekday` integer NOT NULL,
	`opens` text NOT NULL,
	`closes` text NOT NULL,
	`weeks_of_month` text,
	FOREIGN KEY (`office_id`) REFERENCES `offices`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `opening_hours_office` ON `opening_hours` (`office_id`);--> statement-breakpoint
CREATE TABLE `reservations` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`office_id` text NOT NULL,
	`service_id` text NOT NULL,
	`slot_start` integer NOT NULL,
	`slot_end` integer NOT NULL,
	`status` text NOT NULL,
	`name` text NOT NULL,
	`name_kana` text NOT NULL,
	`email` text,
	`phone` text,
	`lang` text NOT NULL,
	`manage_token_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`cancelled_at` integer,
	`cancelled_by` text,
	`cancel_reason` text,
	FOREIGN KEY (`office_id`) REFERENCES `offices`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reservations_code_unique` ON `reservations` (`code`);--> statement-breakpoint
CREATE INDEX `reservations_slot` ON `reservations` (`service_id`,`slot_start`,`status`);--> statement-breakpoint
CREATE INDEX `reservations_office_day` ON `reservations` (`office_id`,`slot_start`);--> statement-breakpoint
CREATE INDEX `reservations_email` ON `reservations` (`email`,`status`);--> statement-breakpoint
CREATE INDEX `reservations_phone` ON `reservations` (`phone`,`status`);--> statement-breakpoint
CREATE TABLE `services` (
	`id` text PRIMARY KEY NOT NULL,
	`office_id` text NOT NULL,
	`code` text NOT NULL,
	`ticket_prefix` text NOT NULL,
	`name_ja` text NOT NULL,
	`name_en` text NOT NULL,
	`description_ja` text NOT NULL,
	`description_en` text NOT NULL,
	`documents` text NOT NULL,
	`default_service_minutes` integer NOT NULL,
	`bookable` integer NOT NULL,
	`slot_minutes` integer NOT NULL,
	`capacity_per_slot` integer NOT NULL,
	`horizon_days` integer NOT NULL,
	`min_notice_minutes` integer NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`office_id`) REFERENCES `offices`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `services_office_code` ON `services` (`office_id`,`code`);--> statement-breakpoint
CREATE UNIQUE INDEX `services_office_prefix` ON `services` (`office_id`,`ticket_prefix`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`csrf_token` text NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `staff_offices` (
	`user_id` text NOT NULL,
	`office_id` text NOT NULL,
	PRIMARY KEY(`user_id`, `office_id`),
	FOREIGN KEY (`user_id`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`office_id`) REFERENCES `offices`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `staff_users` (
	`id` text PRIMARY KEY NOT NULL,
	`username` text NOT NULL,
	`display_name` text NOT NULL,
	`password_hash` text NOT NULL,
	`role` text NOT NULL,
	`created_at` integer NOT NULL,
	`disabled_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `staff_users_username_unique` ON `staff_users` (`username`);--> statement-breakpoint
CREATE TABLE `window_services` (
	`window_id` text NOT NULL,
	`service_id` text NOT NULL,
	PRIMARY KEY(`window_id`, `service_id`),
	FOREIGN KEY (`window_id`) REFERENCES `windows`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `windows` (
	`id` text PRIMARY KEY NOT NULL,
	`office_id` text NOT NULL,
	`number` integer NOT NULL,
	`name_ja` text NOT NULL,
	`name_en` text NOT NULL,
	FOREIGN KEY (`office_id`) REFERENCES `offices`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `windows_office_number` ON `windows` (`office_id`,`number`);