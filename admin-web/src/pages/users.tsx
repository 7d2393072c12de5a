import {
  Alert,
  Badge,
  Button,
  Checkbox,
  CopyButton,
  Group,
  Modal,
  NativeSelect,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { api } from '../api/endpoints.ts';
import { type InviteCreated, ROLES, type Role, type UserView } from '../api/types.ts';
import { useSubmit } from '../api/use-submit.ts';
import { useSession } from '../auth/session.tsx';
import { Empty, ErrorState, errorMessage, formatDate, Loading } from '../components/states.tsx';

const ROLE_LABELS: Record<Role, string> = {
  owner: 'Owner',
  admin: 'Admin',
  engineer: 'Engineer',
  l1: 'L1 (first call)',
  viewer: 'Viewer',
};
/** Ownership moves by transfer only; invites and role changes offer the other roles. */
const ASSIGNABLE = ROLES.filter((r) => r !== 'owner');
/**
 * Giving someone the highest role that can be assigned here (admin: settings, users and roles) asks
 * first; the owner role moves only through the confirmed transfer on the Ownership page.
 */
const CONFIRM_ROLE: Partial<Record<Role, string>> = {
  admin:
    "Admins change the account's settings and integrations, manage users and their roles (and can make others admins too), and read the audit log. Only the owner manages billing.",
};

type AccessChange = { role?: Role; canCoverL1?: boolean; disabled?: boolean };

/** What the status line says once a change is saved. */
function savedMessage(before: UserView, change: AccessChange, after: UserView): string {
  if (change.disabled === true)
    return `${after.name} is disabled and signed out everywhere. Enable them to let them back in.`;
  if (change.disabled === false) return `${after.name} is enabled again and can sign in.`;
  if (change.role) {
    const coverage = before.canCoverL1 && !after.canCoverL1 ? ' They no longer cover L1.' : '';
    return `Saved: ${after.name}'s role is now ${ROLE_LABELS[after.role]}.${coverage}`;
  }
  return `Saved: ${after.name} ${after.canCoverL1 ? 'now covers' : 'no longer covers'} L1.`;
}

type Confirm = { kind: 'disable' } | { kind: 'role'; role: Role };

function InviteDialog({
  opened,
  onClose,
  onSent,
}: {
  opened: boolean;
  onClose: () => void;
  onSent: (result: InviteCreated) => void;
}) {
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('engineer');
  const [cover, setCover] = useState(false);
  const invite = useSubmit({
    mutationFn: () =>
      api.invite({
        email: email.trim(),
        ...(name.trim() ? { name: name.trim() } : {}),
        role,
        canCoverL1: cover,
      }),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: ['invites'] });
      onSent(result);
      setEmail('');
      setName('');
      setCover(false);
      onClose();
    },
  });
  const fields = invite.error instanceof ApiError ? invite.error.fieldErrors() : {};
  const emailOk = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim());
  const empty = email.trim() === '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (emailOk) invite.mutate();
  };
  return (
    <Modal opened={opened} onClose={onClose} title="Invite a user" centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label="Email"
            type="email"
            required
            data-autofocus
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={fields.email ?? (!empty && !emailOk ? 'This is not a valid email address' : undefined)}
          />
          <TextInput label="Name (optional)" value={name} onChange={(e) => setName(e.currentTarget.value)} />
          <NativeSelect
            label="Role"
            value={role}
            onChange={(e) => setRole(e.currentTarget.value as Role)}
            data={ASSIGNABLE.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
            error={fields.role}
          />
          {role === 'engineer' ? (
            <Checkbox
              label="May cover L1"
              checked={cover}
              onChange={(e) => setCover(e.currentTarget.checked)}
            />
          ) : null}
          {invite.isError && !fields.email ? (
            <Alert color="red" role="alert">
              {errorMessage(invite.error)}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            {empty ? (
              <Text size="xs" c="dimmed" me="auto" id="invite-send-hint" data-testid="invite-send-hint">
                Enter their email address to send the invite.
              </Text>
            ) : null}
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              type="submit"
              loading={invite.isPending}
              disabled={!emailOk}
              aria-describedby={empty ? 'invite-send-hint' : undefined}
            >
              Send invite
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Asks before disabling someone or making them an admin; the change is made only on confirm. */
function ConfirmAccess({
  user,
  confirm,
  pending,
  error,
  onConfirm,
  onCancel,
}: {
  user: UserView;
  confirm: Confirm | null;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const disable = confirm?.kind === 'disable';
  const role = confirm?.kind === 'role' ? ROLE_LABELS[confirm.role] : '';
  const note = confirm?.kind === 'role' ? CONFIRM_ROLE[confirm.role] : undefined;
  return (
    <Modal
      opened={confirm !== null}
      onClose={onCancel}
      title={disable ? `Disable ${user.name}?` : `Give ${user.name} the ${role} role?`}
      centered
    >
      <Stack gap="md">
        <Text size="sm">
          {disable
            ? 'They are signed out of every browser now and cannot sign in, or use the bot in Teams or Slack, until someone enables them again. Their sessions and history stay.'
            : note}
        </Text>
        {error ? (
          <Alert color="red" role="alert">
            {errorMessage(error)}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} data-autofocus>
            Cancel
          </Button>
          <Button color={disable ? 'red' : 'blue'} loading={pending} onClick={onConfirm}>
            {disable ? `Disable ${user.name}` : `Make ${role}`}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function UserRow({
  user,
  me,
  onStatus,
}: {
  user: UserView;
  me: boolean;
  onStatus: (message: string | null) => void;
}) {
  const queryClient = useQueryClient();
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const update = useMutation({
    mutationFn: (input: AccessChange) => api.updateUser(user.id, input),
    onMutate: () => onStatus(null),
    onSuccess: async (saved, input) => {
      await queryClient.invalidateQueries({ queryKey: ['users'] });
      setConfirm(null);
      onStatus(savedMessage(user, input, saved));
    },
  });
  const locked = user.role === 'owner' || me;
  const changeRole = (role: Role) => {
    if (role === user.role) return;
    if (CONFIRM_ROLE[role]) {
      update.reset();
      setConfirm({ kind: 'role', role });
    } else update.mutate({ role });
  };
  const cancel = () => {
    setConfirm(null);
    update.reset();
  };
  return (
    <Table.Tr data-testid={`user-${user.email}`}>
      <Table.Td>
        {/* A Group, not a Text: a Badge is a <div>, which may not sit inside a <p>. */}
        <Group gap={6} wrap="nowrap">
          <Text size="sm" fw={500} c={user.disabled ? 'dimmed' : undefined}>
            {user.name}
          </Text>
          {me ? <Badge size="xs">you</Badge> : null}
          {user.disabled ? (
            <Badge size="xs" color="gray" variant="outline" data-testid="user-disabled">
              Disabled
            </Badge>
          ) : null}
        </Group>
        <Text size="xs" c="dimmed">
          {user.email}
        </Text>
        <ConfirmAccess
          user={user}
          confirm={confirm}
          pending={update.isPending}
          error={update.error}
          onConfirm={() => {
            if (confirm?.kind === 'disable') update.mutate({ disabled: true });
            else if (confirm?.kind === 'role') update.mutate({ role: confirm.role });
          }}
          onCancel={cancel}
        />
        {update.isError && confirm === null ? (
          <Text size="xs" c="red" role="alert">
            {errorMessage(update.error)}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>
        {locked ? (
          <Text size="sm">{ROLE_LABELS[user.role]}</Text>
        ) : (
          <NativeSelect
            aria-label={`Role of ${user.name}`}
            value={user.role}
            disabled={update.isPending || user.disabled}
            onChange={(e) => changeRole(e.currentTarget.value as Role)}
            data={ASSIGNABLE.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
          />
        )}
      </Table.Td>
      <Table.Td>
        <Switch
          aria-label={`${user.name} covers L1`}
          checked={user.canCoverL1}
          disabled={update.isPending || user.role !== 'engineer' || user.disabled}
          onChange={(e) => update.mutate({ canCoverL1: e.currentTarget.checked })}
        />
      </Table.Td>
      <Table.Td>
        <Text size="sm">{formatDate(user.lastLoginAt)}</Text>
      </Table.Td>
      <Table.Td>
        {locked ? null : (
          <Button
            size="xs"
            variant={user.disabled ? 'light' : 'subtle'}
            color={user.disabled ? 'blue' : 'red'}
            loading={update.isPending}
            onClick={() => {
              if (user.disabled) update.mutate({ disabled: false });
              else {
                update.reset();
                setConfirm({ kind: 'disable' });
              }
            }}
            aria-label={`${user.disabled ? 'Enable' : 'Disable'} ${user.name}`}
          >
            {user.disabled ? 'Enable' : 'Disable'}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** The accept link of a pending invite (development without SMTP), to copy and send yourself. */
function InviteLink({ email, link }: { email: string; link: string }) {
  return (
    <Group gap="xs" wrap="nowrap">
      <TextInput
        aria-label={`Invite link for ${email}`}
        value={link}
        readOnly
        size="xs"
        w={260}
        onFocus={(e) => e.currentTarget.select()}
      />
      <CopyButton value={link}>
        {({ copied, copy }) => (
          <Button
            size="xs"
            variant={copied ? 'filled' : 'light'}
            color={copied ? 'teal' : 'blue'}
            onClick={copy}
          >
            {copied ? 'Copied' : 'Copy link'}
          </Button>
        )}
      </CopyButton>
    </Group>
  );
}

function PendingInvites() {
  const queryClient = useQueryClient();
  const invites = useQuery({ queryKey: ['invites'], queryFn: api.invites, retry: false });
  const cancel = useMutation({
    mutationFn: api.cancelInvite,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['invites'] }),
  });
  if (invites.isPending) return <Loading label="Loading invites…" />;
  if (invites.isError) return <ErrorState error={invites.error} onRetry={() => invites.refetch()} />;
  const open = invites.data.invites.filter((i) => !i.acceptedAt);
  // Only a development server without SMTP sends links; production never does.
  const withLinks = open.some((i) => i.link);
  if (open.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No pending invites.
      </Text>
    );
  return (
    <Table aria-label="Pending invites">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Email</Table.Th>
          <Table.Th>Role</Table.Th>
          <Table.Th>Expires</Table.Th>
          {withLinks ? <Table.Th>Invite link</Table.Th> : null}
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {open.map((i) => (
          <Table.Tr key={i.id} data-testid="pending-invite">
            <Table.Td>{i.email}</Table.Td>
            <Table.Td>{ROLE_LABELS[i.role] ?? i.role}</Table.Td>
            <Table.Td>{formatDate(i.expiresAt)}</Table.Td>
            {withLinks ? (
              <Table.Td>{i.link ? <InviteLink email={i.email} link={i.link} /> : '—'}</Table.Td>
            ) : null}
            <Table.Td>
              <Button size="xs" variant="subtle" color="red" onClick={() => cancel.mutate(i.id)}>
                Cancel invite
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

const MAIL_NOTICES: Record<InviteCreated['mail'], { color: string; text: string }> = {
  sent: { color: 'green', text: 'Invitation emailed to' },
  logged: {
    color: 'blue',
    text: 'No mail server is set up (development), so nothing was emailed. Copy the link under Pending invites and send it to',
  },
  skipped: { color: 'yellow', text: 'No mail server is set up (SMTP_URL), so nothing was emailed to' },
  failed: { color: 'yellow', text: 'The mail server refused the invitation; invite again later for' },
};

function SentNotice({ sent, onClose }: { sent: InviteCreated; onClose: () => void }) {
  const notice = MAIL_NOTICES[sent.mail];
  return (
    <Alert
      color={notice.color}
      role="status"
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={onClose}
      data-testid="invite-sent"
    >
      {notice.text} {sent.invite.email}.
    </Alert>
  );
}

export function UsersPage() {
  const { current } = useSession();
  const [opened, { open, close }] = useDisclosure(false);
  const users = useQuery({ queryKey: ['users'], queryFn: api.users });
  const [sent, setSent] = useState<InviteCreated | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>Users</Title>
        <Button onClick={open}>Invite user</Button>
      </Group>
      <InviteDialog opened={opened} onClose={close} onSent={setSent} />
      {sent ? <SentNotice sent={sent} onClose={() => setSent(null)} /> : null}
      {/* Always in the page, so screen readers announce each saved change as it lands. */}
      <div role="status" aria-live="polite" data-testid="users-status">
        {status ? (
          <Alert
            color="green"
            role="presentation"
            withCloseButton
            closeButtonLabel="Dismiss"
            onClose={() => setStatus(null)}
          >
            {status}
          </Alert>
        ) : null}
      </div>
      {users.isPending ? (
        <Loading label="Loading users…" />
      ) : users.isError ? (
        <ErrorState error={users.error} onRetry={() => users.refetch()} />
      ) : users.data.users.length === 0 ? (
        <Empty title="No users yet" />
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table aria-label="Users" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>User</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>Covers L1</Table.Th>
                <Table.Th>Last sign-in</Table.Th>
                <Table.Th>Access</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.data.users.map((u) => (
                <UserRow key={u.id} user={u} me={u.id === current?.user.id} onStatus={setStatus} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Title order={3} size="h4">
        Pending invites
      </Title>
      <PendingInvites />
    </Stack>
  );
}
